using OutlookFollowUp.Api.Auth;

namespace OutlookFollowUp.Api.Hosting;

/// <summary>
/// The authorization policy of each HTTP function, for the Functions app (the dev host gets the same policies from the
/// route groups in <see cref="ReasonsApi"/>, <see cref="PlansApi"/> and <see cref="AdminApi"/>). A name not listed here
/// is refused: the default is the stricter admin policy, never anonymous.
/// </summary>
public static class FunctionPolicies
{
    private static readonly HashSet<string> RepFunctions = new(StringComparer.Ordinal)
    {
        FunctionNames.GetReasons,
        FunctionNames.MarkNo,
        FunctionNames.ListPlans,
        FunctionNames.GetPlan,
        FunctionNames.GetPlanByConversation,
        FunctionNames.PausePlan,
        FunctionNames.ResumePlan,
        FunctionNames.ClosePlan,
    };

    public static string For(string functionName) => RepFunctions.Contains(functionName) ? Policies.Rep : Policies.Admin;
}
