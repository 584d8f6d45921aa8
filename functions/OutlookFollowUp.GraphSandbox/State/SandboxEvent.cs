namespace OutlookFollowUp.GraphSandbox.State;

/// <summary>A calendar event as the sandbox stores it: instants in UTC plus the zone the client wrote them in.</summary>
internal sealed class SandboxEvent : ISandboxItem
{
    public required string Id { get; init; }

    public string? TransactionId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required string Subject { get; init; }

    public required string BodyContentType { get; init; }

    public required string BodyContent { get; init; }

    public required DateTimeOffset Start { get; init; }

    public required DateTimeOffset End { get; init; }

    /// <summary>The zone id the client sent with start, kept so the page can show the event as the rep sees it.</summary>
    public required string OriginalTimeZone { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    public bool IsReminderOn { get; init; }

    public int ReminderMinutesBeforeStart { get; init; }

    public string ShowAs { get; init; } = "busy";

    public ExtendedProperties Properties { get; init; } = new();

    public string? StringProperty(string name) => name.ToUpperInvariant() switch
    {
        "SUBJECT" => Subject,
        "TRANSACTIONID" => TransactionId,
        "SHOWAS" => ShowAs,
        _ => null,
    };

    public bool? BoolProperty(string name) => name.Equals("isReminderOn", StringComparison.OrdinalIgnoreCase) ? IsReminderOn : null;

    public DateTimeOffset? DateProperty(string name) => name.Equals("createdDateTime", StringComparison.OrdinalIgnoreCase) ? CreatedAt : null;

    public string? ExtendedProperty(string id) => Properties.Get(id);
}
