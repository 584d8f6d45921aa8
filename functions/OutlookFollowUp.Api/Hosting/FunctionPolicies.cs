using OutlookFollowUp.Api.Auth;

namespace OutlookFollowUp.Api.Hosting;

/// <summary>
/// The authorization policy of each HTTP function, for the Functions app (the dev host gets the same policies from the
/// route groups of the API's Map* methods). A name not listed here is refused: the default is the stricter admin
/// policy, never anonymous. The only anonymous functions are the callback-outcome link's, whose signed token is the
/// credential (a rep opens it from a calendar event, in a browser without the add-in's sign-in).
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
        FunctionNames.RecordStepOutcome,
    };

    private static readonly HashSet<string> SignedLinkFunctions = new(StringComparer.Ordinal)
    {
        FunctionNames.ShowCallbackOutcomeLink,
        FunctionNames.SubmitCallbackOutcomeLink,
    };

    /// <summary>The function's policy, or null for a function whose request carries its own signed credential.</summary>
    public static string? For(string functionName) => functionName switch
    {
        _ when RepFunctions.Contains(functionName) => Policies.Rep,
        _ when SignedLinkFunctions.Contains(functionName) => null,
        FunctionNames.GetInsights => Policies.Manager,
        _ => Policies.Admin,
    };
}
