namespace OutlookFollowUp.Core.Planning;

public enum StepStatus
{
    /// <summary>Waiting for its due instant.</summary>
    Planned,

    /// <summary>Its item exists in the rep's mailbox.</summary>
    Done,

    /// <summary>Gave up after repeated failures; the last error is kept for the rep.</summary>
    Parked,

    /// <summary>Will not run: the plan was paused, closed or re-planned.</summary>
    Cancelled,
}
