using OutlookFollowUp.Core.Scheduling;
using OutlookFollowUp.Mailbox.Requests;

namespace OutlookFollowUp.Mailbox;

/// <summary>
/// What the sweep does in a rep's mailbox, app-only; <c>mailbox</c> is the rep's Entra object id. Every Ensure* call is
/// safe to repeat for the same step key, including after a crash or an unknown outcome: it returns the item an earlier
/// attempt made rather than creating another. Nothing is ever sent.
/// </summary>
/// <remarks>
/// Failures are <see cref="MailboxGatewayException"/>s whose <see cref="MailboxGatewayException.Failure"/> tells the
/// sweep what to do: try the step again later (<see cref="MailboxFailure.Transient"/>), stop working this mailbox for
/// now (<see cref="MailboxFailure.MailboxUnavailable"/>), or park the step (<see cref="MailboxFailure.Permanent"/>).
/// </remarks>
public interface IMailboxGateway
{
    /// <summary>
    /// The rep's time zone and working hours from mailboxSettings, cached per mailbox; null when the mailbox refuses its
    /// settings to the app (403), which the caller answers with a calendar of its own rather than failing the step.
    /// </summary>
    Task<RepCalendar?> GetMailboxProfileAsync(string mailbox, CancellationToken cancellationToken = default);

    Task<EnsuredItem> EnsureCallbackEventAsync(string mailbox, CallbackEventRequest request, CancellationToken cancellationToken = default);

    Task<EnsuredItem> EnsureThankYouDraftAsync(string mailbox, ThankYouDraftRequest request, CancellationToken cancellationToken = default);

    Task<EnsuredItem> EnsureFollowUpDraftAsync(string mailbox, FollowUpDraftRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// The conversationId Graph gives message <paramref name="messageId"/> (found again by
    /// <paramref name="internetMessageId"/> if the rep has filed it since); null when the message is gone.
    /// </summary>
    Task<string?> GetConversationIdAsync(string mailbox, string messageId, string? internetMessageId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The received (not draft) messages of conversation <paramref name="conversationId"/> that arrived after
    /// <paramref name="receivedAfter"/>, oldest first, at most 50 (the oldest 50, so a caller that goes on from the last
    /// one it read misses none). One Graph request unless Graph pages a batch.
    /// </summary>
    Task<IReadOnlyList<ThreadMessage>> GetThreadMessagesAsync(string mailbox, string conversationId, DateTimeOffset receivedAfter, CancellationToken cancellationToken = default);

    /// <summary>
    /// Flags message <paramref name="messageId"/> for follow-up and sets its categories to <paramref name="categories"/>
    /// (the caller passes the ones it has plus its own), in one PATCH; safe to repeat.
    /// </summary>
    Task FlagReplyAsync(string mailbox, string messageId, IReadOnlyList<string> categories, CancellationToken cancellationToken = default);
}
