namespace OutlookFollowUp.Storage.Plans;

public enum PlanState
{
    /// <summary>Steps run when due.</summary>
    Active,

    /// <summary>The prospect replied or the rep paused it; nothing runs until it is resumed.</summary>
    Paused,

    /// <summary>Ended with an <see cref="Core.Planning.PlanOutcome"/>; nothing runs again.</summary>
    Closed,
}
