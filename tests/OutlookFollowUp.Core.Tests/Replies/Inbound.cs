using OutlookFollowUp.Core.Replies;

namespace OutlookFollowUp.Core.Tests.Replies;

/// <summary>The prospect, mark and messages the reply tests share.</summary>
internal static class Inbound
{
    public const string Prospect = "pat@contoso.com";

    /// <summary>Tuesday 2026-12-01, 10:00 in Paris: when the rep marked the thread.</summary>
    public static readonly DateTimeOffset Mark = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public static InboundMessage Reply(
        DateTimeOffset at, string from = Prospect, string subject = "RE: Our call", string body = "Thanks, let us talk next week.") =>
        Message(at, from, subject, body, []);

    public static InboundMessage OutOfOffice(DateTimeOffset at, string body = "I am out of the office with limited access to email.", string from = Prospect) =>
        Message(at, from, "Automatic reply: RE: Our call", body, [new("Auto-Submitted", "auto-replied")]);

    public static InboundMessage Message(
        DateTimeOffset at, string from, string subject, string body, IReadOnlyList<KeyValuePair<string, string>> headers) =>
        new(Guid.NewGuid().ToString("N"), from, "Pat", at, subject, body, headers);

    public static InboundMessage WithHeader(string name, string value) =>
        Message(Mark.AddHours(1), Prospect, "RE: Our call", "Thanks.", [new("Received", "from mx.contoso.com"), new(name, value)]);

    public static InboundMessage WithSubject(string subject) => Message(Mark.AddHours(1), Prospect, subject, "Thanks.", []);
}
