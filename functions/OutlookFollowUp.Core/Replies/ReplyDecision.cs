namespace OutlookFollowUp.Core.Replies;

/// <summary>The outcome of looking at a thread's new inbound messages for one plan.</summary>
public abstract record ReplyDecision
{
    // Closed set: the reply job switches over exactly these three.
    private ReplyDecision()
    {
    }

    /// <summary>Nothing from the prospect since the last check: no write at all.</summary>
    public sealed record Nothing : ReplyDecision;

    /// <summary>A real reply: pause the plan. <see cref="Reply"/> is the earliest real reply after the mark.</summary>
    public sealed record Reengaged(InboundMessage Reply) : ReplyDecision;

    /// <summary>
    /// Only automatic replies: the prospect is away until <see cref="LastDayAway"/>. <see cref="Stated"/> is false when
    /// no reply gave a date and the default away period was used. <see cref="Newest"/> is the newest automatic reply
    /// considered.
    /// </summary>
    public sealed record Away(InboundMessage Newest, DateOnly LastDayAway, bool Stated) : ReplyDecision;
}
