namespace OutlookFollowUp.GraphSandbox.State;

/// <summary>
/// A message as the sandbox stores it. Mutable because Graph lets clients PATCH drafts; every change happens under
/// the owning mailbox's lock.
/// </summary>
internal sealed class SandboxMessage : ISandboxItem
{
    private string? restId;

    public required string Id { get; init; }

    public required string ConversationId { get; init; }

    /// <summary>Set on received mail (Graph's <c>internetMessageId</c>); drafts have none until sent, and are never sent here.</summary>
    public string? InternetMessageId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset LastModifiedAt { get; set; }

    public required string Folder { get; set; }

    /// <summary>How many times the message changed folders: each move gives it a new <see cref="RestId"/>.</summary>
    public int Moves { get; private set; }

    /// <summary>The id Graph returns without <c>Prefer: IdType="ImmutableId"</c>; <see cref="Id"/> is the immutable one.</summary>
    // Kept, not recomputed: every look-up by id compares it with each message of the mailbox.
    public string RestId => restId ??= SandboxIds.RestId(Id, Moves);

    /// <summary>Whether <paramref name="id"/> names this message now: its immutable id, or its regular id in its current folder.</summary>
    public bool IsNamedBy(string id) => id == Id || id == RestId;

    public void MoveTo(string folder)
    {
        Folder = folder;
        Moves++;
        restId = null;
    }

    public bool IsDraft { get; set; }

    public string Subject { get; set; } = "";

    public string BodyContentType { get; set; } = "html";

    public string BodyContent { get; set; } = "";

    public SandboxRecipient? From { get; set; }

    public List<SandboxRecipient> ToRecipients { get; set; } = [];

    public List<string> Categories { get; set; } = [];

    /// <summary>Internet message headers of received mail (Graph's <c>internetMessageHeaders</c>); drafts have none.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary>Graph's <c>flag.flagStatus</c>: notFlagged, flagged or complete.</summary>
    public string FlagStatus { get; set; } = "notFlagged";

    public ExtendedProperties Properties { get; init; } = new();

    public string? StringProperty(string name) => name.ToUpperInvariant() switch
    {
        "CONVERSATIONID" => ConversationId,
        "SUBJECT" => Subject,
        "PARENTFOLDERID" => Folder,
        "INTERNETMESSAGEID" => InternetMessageId,
        _ => null,
    };

    public bool? BoolProperty(string name) => name.Equals("isDraft", StringComparison.OrdinalIgnoreCase) ? IsDraft : null;

    public DateTimeOffset? DateProperty(string name) => name.ToUpperInvariant() switch
    {
        "CREATEDDATETIME" => CreatedAt,
        "LASTMODIFIEDDATETIME" => LastModifiedAt,
        "RECEIVEDDATETIME" => CreatedAt,
        _ => null,
    };

    public string? ExtendedProperty(string id) => Properties.Get(id);
}
