namespace OutlookFollowUp.Storage.Steps;

/// <summary>
/// A content item put in a follow-up draft for a prospect: the no-repeat rule's memory (DESIGN.md section 4). Kept per
/// rep and prospect, across plans, in the rep's partition.
/// </summary>
public sealed record SentContent(string ProspectEmail, string ContentItemId, string PlanId, int StepNumber, DateTimeOffset SentAt);
