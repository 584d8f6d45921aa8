namespace OutlookFollowUp.Storage.Steps;

/// <summary>
/// The row of content sent to one prospect in the plans table: <c>sent|{prospect key}</c> in the rep's partition,
/// beside the plan and step rows ('sent' sorts before 'step', and its range overlaps neither). One row per prospect,
/// holding every item id, so the history is one point read and is written in the same transaction as the step that
/// sent the item, under its own ETag.
/// </summary>
internal static class SentRows
{
    public static string Row(string prospectEmail) => $"sent|{Plans.PlanIds.ForProspect(prospectEmail)}";
}
