namespace OutlookFollowUp.Jobs.Replies;

/// <summary>What checking one plan's thread did.</summary>
public enum ReplyCheckOutcome
{
    /// <summary>Nothing new from the prospect's side: nothing was written.</summary>
    Unchanged,

    /// <summary>The prospect (or a colleague at their domain) replied: the reply was flagged and the plan paused.</summary>
    Reengaged,

    /// <summary>An automatic reply said they are away: the plan's remaining steps were moved past their return.</summary>
    Shifted,

    /// <summary>The index named a plan that is gone or no longer active: the entry was dropped, nothing was checked.</summary>
    StaleEntry,

    /// <summary>The plan kept changing under the check; the next run tries again.</summary>
    GaveUp,
}
