namespace OutlookFollowUp.GraphSandbox.Api;

/// <summary>
/// Route metadata: the application permissions any one of which lets an app-only caller use the route, as the
/// "Permissions" table of the route's Graph reference page lists them (least privileged first).
/// </summary>
internal sealed class RequiresAppRole(params string[] anyOf)
{
    public IReadOnlyList<string> AnyOf { get; } = anyOf;

    // "Get mailboxSettings": MailboxSettings.Read, MailboxSettings.ReadWrite.
    public static readonly RequiresAppRole ReadMailboxSettings = new("MailboxSettings.Read", "MailboxSettings.ReadWrite");

    // "List events", "Get event", "List calendarView": Calendars.ReadBasic, Calendars.Read, Calendars.ReadWrite.
    public static readonly RequiresAppRole ReadCalendar = new("Calendars.ReadBasic", "Calendars.Read", "Calendars.ReadWrite");

    // "Create event": Calendars.ReadWrite.
    public static readonly RequiresAppRole WriteCalendar = new("Calendars.ReadWrite");

    // "List messages", "Get message": Mail.ReadBasic.All, Mail.ReadBasic, Mail.Read, Mail.ReadWrite.
    public static readonly RequiresAppRole ReadMail = new("Mail.ReadBasic.All", "Mail.ReadBasic", "Mail.Read", "Mail.ReadWrite");

    // "Create message", "Update message", "message: createReply": Mail.ReadWrite.
    public static readonly RequiresAppRole WriteMail = new("Mail.ReadWrite");
}
