namespace OutlookFollowUp.GraphSandbox.State;

/// <summary>A read-only copy of a sandbox event, for tests and the sandbox page.</summary>
public sealed record SandboxEventView(
    string Id,
    string? TransactionId,
    string Subject,
    string BodyHtml,
    DateTimeOffset Start,
    DateTimeOffset End,
    string OriginalTimeZone,
    IReadOnlyList<string> Categories,
    bool IsReminderOn,
    int ReminderMinutesBeforeStart,
    string ShowAs,
    IReadOnlyDictionary<string, string> ExtendedProperties)
{
    internal static SandboxEventView Of(SandboxEvent e) => new(
        e.Id, e.TransactionId, e.Subject, e.BodyContent, e.Start, e.End, e.OriginalTimeZone, [.. e.Categories],
        e.IsReminderOn, e.ReminderMinutesBeforeStart, e.ShowAs, PropertiesOf(e.Properties));

    internal static Dictionary<string, string> PropertiesOf(ExtendedProperties properties) =>
        properties.All.ToDictionary(p => p.Id, p => p.Value, StringComparer.OrdinalIgnoreCase);
}

/// <summary>A read-only copy of a sandbox message (received mail or a draft), for tests and the sandbox page.</summary>
public sealed record SandboxMessageView(
    string Id,
    string ConversationId,
    string Folder,
    bool IsDraft,
    string Subject,
    string BodyHtml,
    SandboxRecipient? From,
    IReadOnlyList<SandboxRecipient> ToRecipients,
    IReadOnlyList<string> Categories,
    DateTimeOffset CreatedAt,
    IReadOnlyDictionary<string, string> ExtendedProperties,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string FlagStatus,
    string RestId,
    string? InternetMessageId)
{
    internal static SandboxMessageView Of(SandboxMessage m) => new(
        m.Id, m.ConversationId, m.Folder, m.IsDraft, m.Subject, m.BodyContent, m.From, [.. m.ToRecipients],
        [.. m.Categories], m.CreatedAt, SandboxEventView.PropertiesOf(m.Properties), [.. m.Headers], m.FlagStatus, m.RestId, m.InternetMessageId);
}
