using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Core.Replies;

/// <summary>
/// Decides what a thread's new inbound messages mean for one plan. A person answering outweighs any number of
/// out-of-office notes, since the conversation is open again whatever the autoresponder said before or after.
/// </summary>
public static class ReplyCheck
{
    /// <summary>How long a prospect is taken to be away when their out-of-office states no return date.</summary>
    public static readonly TimeSpan DefaultAway = TimeSpan.FromDays(7);

    /// <param name="messages">The thread's inbound messages, in any order.</param>
    /// <param name="prospectEmail">The address the plan was made for.</param>
    /// <param name="after">The mark, or the newest message already acted on; only messages strictly after it count.</param>
    /// <param name="zone">The rep's time zone, which decides the day an automatic reply arrived on.</param>
    public static ReplyDecision Decide(IReadOnlyList<InboundMessage> messages, string prospectEmail, DateTimeOffset after, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(zone);

        var fresh = messages
            .Where(m => m.ReceivedAt > after)
            .Select(m => (Message: m, Kind: ReplyClassifier.Classify(m, prospectEmail)))
            .OrderBy(c => c.Message.ReceivedAt)
            .ToList();

        var firstReal = fresh.FirstOrDefault(c => c.Kind == InboundKind.RealReply).Message;
        if (firstReal is not null)
        {
            return new ReplyDecision.Reengaged(firstReal);
        }

        var automatic = fresh.Where(c => c.Kind == InboundKind.AutomaticReply).Select(c => c.Message).ToList();
        if (automatic.Count == 0)
        {
            return new ReplyDecision.Nothing();
        }

        var newest = automatic[^1];
        var stated = automatic
            .Select(m => ReturnDateReader.LastDayAway(m.BodyText, LocalTimeConverter.DateOf(m.ReceivedAt, zone)))
            .Max();
        return stated is { } lastDay
            ? new ReplyDecision.Away(newest, lastDay, Stated: true)
            : new ReplyDecision.Away(newest, LocalTimeConverter.DateOf(newest.ReceivedAt, zone).AddDays(DefaultAway.Days), Stated: false);
    }
}
