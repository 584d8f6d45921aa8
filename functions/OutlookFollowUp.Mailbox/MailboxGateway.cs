using OutlookFollowUp.Core.Scheduling;
using OutlookFollowUp.Mailbox.Gateway;
using OutlookFollowUp.Mailbox.Requests;

namespace OutlookFollowUp.Mailbox;

/// <summary>
/// The sweep's door to a rep's mailbox: validates a request, then runs its kind's look-up and create through
/// <see cref="UnknownOutcomes"/>. The per-kind details live in <see cref="CallbackEvents"/>, <see cref="ThankYouDrafts"/>
/// and <see cref="FollowUpDrafts"/>, the reply check's in <see cref="ThreadMessages"/>; retries, throttling, concurrency
/// and circuit breaking live in the HTTP pipeline.
/// </summary>
internal sealed class MailboxGateway(
    MailboxProfiles profiles,
    CallbackEvents callbacks,
    ThankYouDrafts thankYous,
    FollowUpDrafts followUps,
    ThreadMessages threads,
    UnknownOutcomes unknownOutcomes) : IMailboxGateway
{
    private const int MaxGraphIdLength = 1024;
    private const int MaxCategories = 25;
    private const int MaxCategoryLength = 255;
    private static readonly TimeSpan MaxCallDuration = TimeSpan.FromHours(8);

    public async Task<RepCalendar?> GetMailboxProfileAsync(string mailbox, CancellationToken cancellationToken = default)
    {
        ValidateMailbox(mailbox);
        return await TranslatedAsync("Read mailbox settings", mailbox, () => profiles.GetAsync(mailbox, cancellationToken), cancellationToken);
    }

    public Task<EnsuredItem> EnsureCallbackEventAsync(string mailbox, CallbackEventRequest request, CancellationToken cancellationToken = default)
    {
        ValidateMailbox(mailbox);
        ArgumentNullException.ThrowIfNull(request);
        StepKeyProperty.Validate(request.StepKey);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(request.Duration, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.Duration, MaxCallDuration);
        ArgumentOutOfRangeException.ThrowIfNegative(request.ReminderMinutesBefore);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Category);
        return unknownOutcomes.EnsureAsync("Callback event", mailbox,
            ct => callbacks.FindAsync(mailbox, request.StepKey, ct),
            ct => callbacks.CreateAsync(mailbox, request, ct),
            request.ClaimedBefore,
            cancellationToken);
    }

    public Task<EnsuredItem> EnsureThankYouDraftAsync(string mailbox, ThankYouDraftRequest request, CancellationToken cancellationToken = default)
    {
        ValidateMailbox(mailbox);
        ArgumentNullException.ThrowIfNull(request);
        StepKeyProperty.Validate(request.StepKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.OriginalMessageId);
        return unknownOutcomes.EnsureAsync("Thank-you draft", mailbox,
            ct => thankYous.FindAsync(mailbox, request, ct),
            ct => thankYous.CreateAsync(mailbox, request, ct),
            request.ClaimedBefore,
            cancellationToken);
    }

    public Task<EnsuredItem> EnsureFollowUpDraftAsync(string mailbox, FollowUpDraftRequest request, CancellationToken cancellationToken = default)
    {
        ValidateMailbox(mailbox);
        ArgumentNullException.ThrowIfNull(request);
        StepKeyProperty.Validate(request.StepKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.To?.Address);
        return unknownOutcomes.EnsureAsync("Follow-up draft", mailbox,
            ct => followUps.FindAsync(mailbox, request.StepKey, ct),
            ct => followUps.CreateAsync(mailbox, request, ct),
            request.ClaimedBefore,
            cancellationToken);
    }

    public async Task<string?> GetConversationIdAsync(string mailbox, string messageId, string? internetMessageId, CancellationToken cancellationToken = default)
    {
        ValidateMailbox(mailbox);
        ValidateGraphId(messageId, nameof(messageId));
        return await TranslatedAsync("Read conversation id", mailbox,
            () => threads.ConversationOfAsync(mailbox, messageId, internetMessageId, cancellationToken), cancellationToken);
    }

    public async Task<IReadOnlyList<ThreadMessage>> GetThreadMessagesAsync(string mailbox, string conversationId, DateTimeOffset receivedAfter, CancellationToken cancellationToken = default)
    {
        ValidateMailbox(mailbox);
        ValidateGraphId(conversationId, nameof(conversationId));
        return await TranslatedAsync("Read thread", mailbox, () => threads.GetAsync(mailbox, conversationId, receivedAfter, cancellationToken), cancellationToken);
    }

    public async Task FlagReplyAsync(string mailbox, string messageId, IReadOnlyList<string> categories, CancellationToken cancellationToken = default)
    {
        ValidateMailbox(mailbox);
        ValidateGraphId(messageId, nameof(messageId));
        ArgumentNullException.ThrowIfNull(categories);
        if (categories.Count > MaxCategories || categories.Any(c => string.IsNullOrWhiteSpace(c) || c.Length > MaxCategoryLength))
        {
            throw new ArgumentException($"At most {MaxCategories} categories, each 1 to {MaxCategoryLength} characters.", nameof(categories));
        }

        // Outlook compares category names ignoring case; a repeated call must not add the same one twice.
        var distinct = categories.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        await TranslatedAsync("Flag reply", mailbox, async () =>
        {
            await threads.FlagAsync(mailbox, messageId, distinct, cancellationToken);
            return true;
        }, cancellationToken);
    }

    // A read or an update, never a create (those go through UnknownOutcomes): its failure reaches the sweep as the
    // gateway's exception, sorted into what to do about it.
    private static async Task<T> TranslatedAsync<T>(string operation, string mailbox, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (GraphFailures.Translate(e, operation, mailbox, cancellationToken) is { } translated)
        {
            throw translated;
        }
    }

    // Graph ids are opaque; an empty one or one with control characters is a caller bug, not something to send.
    private static void ValidateGraphId(string id, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id, name);
        if (id.Length > MaxGraphIdLength || id.Any(char.IsControl))
        {
            throw new ArgumentException($"A Graph id is 1 to {MaxGraphIdLength} printable characters.", name);
        }
    }

    // The mailbox becomes a URL path segment and the key of a circuit; an empty or odd one is a caller bug.
    private static void ValidateMailbox(string mailbox)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mailbox);
        if (mailbox.Length > 320 || mailbox.Any(c => char.IsControl(c) || c is '/' or '\\' or '?' or '#'))
        {
            throw new ArgumentException("A mailbox is a user's object id or user principal name.", nameof(mailbox));
        }
    }
}
