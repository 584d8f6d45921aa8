namespace OutlookFollowUp.Core.Planning;

/// <summary>What happened when the rep made a callback, recorded after its time has passed.</summary>
public enum CallbackOutcome
{
    /// <summary>The rep spoke with the prospect; the plan goes on.</summary>
    Reached,

    /// <summary>Nobody answered; the plan goes on.</summary>
    NotReached,

    /// <summary>The prospect wants to talk again: the plan pauses, as for a reply.</summary>
    Reopened,

    /// <summary>The prospect still says no; the plan goes on (the rep may close it).</summary>
    StillNo,
}
