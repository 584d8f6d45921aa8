using System.Globalization;

namespace OutlookFollowUp.Storage.Plans;

/// <summary>
/// Row keys of the plans table. A rep's plans and steps share the rep's partition, so a plan and its steps are saved
/// in one transaction; plan rows and step rows sit in separate key ranges ('}' sorts right after '|'), so listing
/// pages over plan rows only and a plan's steps are one range read.
/// </summary>
internal static class PlanRows
{
    public const string PlansFrom = "plan|";
    public const string PlansTo = "plan}";
    public const string StepsFrom = "step|";
    public const string StepsTo = "step}";

    /// <summary>Step numbers are written with four digits so that rows sort by number.</summary>
    public const int MaxStepNumber = 9999;

    public static string Plan(string planId) => PlansFrom + planId;

    public static string Step(string planId, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{StepsFrom}{planId}|{number:D4}");

    /// <summary>The range holding the steps of plans <paramref name="firstPlanId"/> to <paramref name="lastPlanId"/>, inclusive.</summary>
    public static (string From, string To) StepsOf(string firstPlanId, string lastPlanId) =>
        ($"{StepsFrom}{firstPlanId}|", $"{StepsFrom}{lastPlanId}}}");
}
