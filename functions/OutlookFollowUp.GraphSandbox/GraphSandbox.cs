using System.Collections.Concurrent;
using System.Collections.Frozen;
using OutlookFollowUp.GraphSandbox.Faults;
using OutlookFollowUp.GraphSandbox.Prospects;
using OutlookFollowUp.GraphSandbox.Seed;
using OutlookFollowUp.GraphSandbox.State;

namespace OutlookFollowUp.GraphSandbox;

/// <summary>
/// The sandbox's in-memory tenant: its mailboxes, fault knobs, counters and request log. One singleton per host;
/// tests use it in-process to seed mailboxes, script faults and read back what a client did.
/// </summary>
public sealed class GraphSandbox
{
    private readonly ConcurrentDictionary<string, SandboxMailbox> mailboxes = new(StringComparer.OrdinalIgnoreCase);

    public GraphSandbox(TimeProvider time)
    {
        Time = time;
        Reset(seedDemo: true);
    }

    public TimeProvider Time { get; }

    public SandboxCounters Counters { get; } = new();

    public RequestLog Requests { get; } = new();

    internal FaultInjector Faults { get; } = new();

    public SandboxFaults CurrentFaults => Faults.Current;

    /// <summary>The application permissions the caller's app-only token carries; <see cref="AppPermissions.Deployed"/> after a reset.</summary>
    public IReadOnlySet<string> AppRoles { get; private set; } = AppPermissions.Deployed;

    /// <summary>Plays a deployment that granted only <paramref name="roles"/> (an admin who skipped one, a scope that left a mailbox out).</summary>
    public void SetAppRoles(IEnumerable<string> roles) =>
        AppRoles = roles.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<SandboxUser> Users => [.. mailboxes.Values.Select(m => m.User).Distinct().OrderBy(u => u.DisplayName, StringComparer.Ordinal)];

    public void SetFaults(SandboxFaults faults) => Faults.Set(faults);

    /// <summary>Plays <paramref name="fault"/> on the next matching request(s), ahead of the random rates.</summary>
    public void ScriptFault(ScriptedFault fault) => Faults.Script(fault);

    /// <summary>Forgets scripted faults not played yet; the random rates stay as they are.</summary>
    public void ClearScriptedFaults() => Faults.ClearScripted();

    /// <summary>Empties every mailbox, clears faults, counters and the log; then seeds the demo reps when asked.</summary>
    public void Reset(bool seedDemo)
    {
        mailboxes.Clear();
        AppRoles = AppPermissions.Deployed;
        Faults.Clear();
        Counters.Reset();
        Requests.Clear();
        if (seedDemo)
        {
            DemoSeed.Apply(this);
        }
    }

    public SandboxUser AddUser(SandboxUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var mailbox = new SandboxMailbox(user);
        if (!mailboxes.TryAdd(user.Id, mailbox))
        {
            throw new InvalidOperationException($"A sandbox mailbox with id '{user.Id}' exists already.");
        }

        mailboxes[user.UserPrincipalName] = mailbox;
        return user;
    }

    /// <summary>
    /// A message from a prospect in the rep's inbox, opening a new conversation; returns its id. With a
    /// <paramref name="stableKey"/> its ids are derived from the key instead of random, so a seeded thread has the same
    /// ids after a restart.
    /// </summary>
    public string AddInboxMessage(
        string user, SandboxRecipient from, string subject, string htmlBody, DateTimeOffset? receivedAt = null, string? stableKey = null)
    {
        var (id, conversationId) = stableKey is null ? (SandboxIds.NewItemId(), SandboxIds.NewConversationId()) : SandboxIds.Stable(stableKey);
        return AddReceived(Mailbox(user), id, conversationId, from, subject, htmlBody, [], receivedAt);
    }

    /// <summary>
    /// A message received in an existing conversation of <paramref name="user"/>'s mailbox (a reply in the thread);
    /// returns its id. <paramref name="receivedAt"/> defaults to the sandbox's now.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No such mailbox, or no such conversation in it.</exception>
    public string AddReplyToThread(
        string user,
        string conversationId,
        SandboxRecipient from,
        string subject,
        string htmlBody,
        IReadOnlyList<KeyValuePair<string, string>>? headers = null,
        DateTimeOffset? receivedAt = null)
    {
        ArgumentNullException.ThrowIfNull(from);
        var mailbox = Mailbox(user);
        if (mailbox.Messages(m => m.ConversationId == conversationId, m => m.Id).Count == 0)
        {
            throw new KeyNotFoundException($"Mailbox '{user}' has no conversation '{conversationId}'.");
        }

        return AddReceived(mailbox, SandboxIds.NewItemId(), conversationId, from, subject, htmlBody, headers ?? [], receivedAt);
    }

    /// <summary>
    /// The prospect of a conversation (the sender of its first message from someone other than the rep) answers now:
    /// a person's reply from Outlook ("RE: …", <paramref name="text"/> or a friendly default), or, when
    /// <paramref name="automatic"/>, Exchange's out-of-office ("Automatic reply: …") saying they are back on
    /// <paramref name="returnOn"/> (default: in 14 days). Returns the new message's id.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No such mailbox, or no message from a prospect in that conversation.</exception>
    /// <exception cref="ArgumentException">Text with an automatic reply, a return date with a person's reply, text
    /// blank or longer than 2000 characters, or a return date that is not in the future.</exception>
    public string SimulateProspectReply(string user, string conversationId, bool automatic, string? text = null, DateOnly? returnOn = null)
    {
        var today = DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);
        if (ProspectReplyRules.Check(automatic, text, returnOn, today) is { } problem)
        {
            throw new ArgumentException(problem.Message, problem.Field);
        }

        return SimulateInbound(user, conversationId, automatic ? InboundSample.ExchangeOutOfOffice : InboundSample.OutlookReply, text, returnOn);
    }

    /// <summary>
    /// Mail of the given kind arrives in a conversation now, from the prospect's side, with the headers its real
    /// sender writes (an away message says the prospect is back on <paramref name="returnOn"/>, default in 14 days).
    /// </summary>
    /// <exception cref="KeyNotFoundException">No such mailbox, or no message from a prospect in that conversation.</exception>
    public string SimulateInbound(string user, string conversationId, InboundSample sample, string? text = null, DateOnly? returnOn = null)
    {
        var mailbox = Mailbox(user);
        var owner = mailbox.User.UserPrincipalName;
        var inbound = mailbox.Messages(
            m => m.ConversationId == conversationId && !m.IsDraft && m.From is { } f && !f.Address.Equals(owner, StringComparison.OrdinalIgnoreCase),
            m => (From: m.From!, m.Subject, m.InternetMessageId));
        if (inbound.Count == 0)
        {
            throw new KeyNotFoundException($"Mailbox '{user}' has no message from a prospect in conversation '{conversationId}'.");
        }

        // Newest first: the last is the message that opened the thread.
        var (prospect, subject, messageId) = inbound[^1];
        var today = DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);
        var reply = ProspectReplies.Build(sample, subject, messageId ?? "", prospect, text, returnOn ?? today.AddDays(14));
        return AddReplyToThread(user, conversationId, reply.From, reply.Subject, reply.HtmlBody, reply.Headers);
    }

    /// <summary>
    /// The rep files a message into another folder (as in Outlook): its immutable id stays, its regular id changes.
    /// Returns the new regular id.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No such mailbox or message.</exception>
    public string MoveMessage(string user, string messageId, string folder) =>
        Mailbox(user).WithMessage(messageId, m =>
        {
            m.MoveTo(folder);
            return m.RestId;
        }) ?? throw new KeyNotFoundException($"Mailbox '{user}' has no message '{messageId}'.");

    /// <summary>An existing appointment that makes the rep busy (or free/tentative, per <paramref name="showAs"/>); returns its id.</summary>
    public string AddEvent(string user, string subject, DateTimeOffset start, DateTimeOffset end, string showAs = "busy")
    {
        var mailbox = Mailbox(user);
        var item = new SandboxEvent
        {
            Id = SandboxIds.NewItemId(),
            CreatedAt = Time.GetUtcNow(),
            Subject = subject,
            BodyContentType = "text",
            BodyContent = "",
            Start = start.ToUniversalTime(),
            End = end.ToUniversalTime(),
            OriginalTimeZone = mailbox.User.TimeZone,
            ShowAs = showAs,
        };
        mailbox.AddEvent(item, CurrentFaults.TransactionIdMemory);
        return item.Id;
    }

    public IReadOnlyList<SandboxEventView> Events(string user) =>
        [.. Mailbox(user).Events(_ => true).Select(SandboxEventView.Of)];

    public IReadOnlyList<SandboxMessageView> Messages(string user) =>
        Mailbox(user).Messages(_ => true, SandboxMessageView.Of);

    public IReadOnlyList<SandboxMessageView> Drafts(string user) =>
        Mailbox(user).Messages(m => m.IsDraft, SandboxMessageView.Of);

    /// <summary>Mail delivered to the mailbox's owner, in the inbox; returns its id.</summary>
    private string AddReceived(
        SandboxMailbox mailbox, string id, string conversationId, SandboxRecipient from, string subject, string htmlBody,
        IReadOnlyList<KeyValuePair<string, string>> headers, DateTimeOffset? receivedAt)
    {
        var at = receivedAt ?? Time.GetUtcNow();
        mailbox.AddMessage(new SandboxMessage
        {
            Id = id,
            ConversationId = conversationId,
            InternetMessageId = SandboxIds.InternetMessageId(id),
            CreatedAt = at,
            LastModifiedAt = at,
            Folder = "inbox",
            Subject = subject,
            BodyContent = htmlBody,
            From = from,
            ToRecipients = [new SandboxRecipient(mailbox.User.UserPrincipalName, mailbox.User.DisplayName)],
            Headers = [.. headers],
        });
        return id;
    }

    internal SandboxMailbox? Find(string userIdOrPrincipalName) =>
        mailboxes.TryGetValue(userIdOrPrincipalName, out var mailbox) ? mailbox : null;

    private SandboxMailbox Mailbox(string user) =>
        Find(user) ?? throw new KeyNotFoundException($"The sandbox has no mailbox '{user}'.");
}
