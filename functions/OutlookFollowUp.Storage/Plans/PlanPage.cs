namespace OutlookFollowUp.Storage.Plans;

/// <summary>One page of a rep's plans; pass <see cref="ContinuationToken"/> back for the next page (null: no more).</summary>
public sealed record PlanPage(IReadOnlyList<PlanRecord> Items, string? ContinuationToken);
