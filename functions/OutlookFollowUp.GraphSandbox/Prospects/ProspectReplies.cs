using System.Globalization;
using System.Net;
using OutlookFollowUp.GraphSandbox.State;

namespace OutlookFollowUp.GraphSandbox.Prospects;

/// <summary>
/// What a prospect's answer to a rep looks like in the rep's inbox: a person's reply, or Outlook's out-of-office
/// answer with the headers automatic replies carry (RFC 3834's Auto-Submitted, Exchange's X-Auto-Response-Suppress)
/// and a return date written out as people write it.
/// </summary>
internal static class ProspectReplies
{
    public const int MaxText = 2000;

    public static ProspectReply Human(string originalSubject, SandboxRecipient prospect, string? text)
    {
        var said = text ?? $"Thanks for the note — could we talk next week after all?\n{FirstName(prospect)}";
        var paragraphs = said.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var subject = originalSubject.StartsWith("RE:", StringComparison.OrdinalIgnoreCase) ? originalSubject : "RE: " + originalSubject;
        return new ProspectReply(subject, string.Concat(paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>")), []);
    }

    public static ProspectReply OutOfOffice(string originalSubject, SandboxRecipient prospect, DateOnly returnOn)
    {
        var until = returnOn.AddDays(-1).ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
        var back = returnOn.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
        var body = "<p>Thank you for your message.</p>"
            + $"<p>I am out of the office until {until} and will be back on {back}, with limited access to e-mail. I will reply when I am back.</p>"
            + $"<p>{WebUtility.HtmlEncode(prospect.Name ?? prospect.Address)}</p>";
        return new ProspectReply("Automatic reply: " + originalSubject, body,
            [KeyValuePair.Create("Auto-Submitted", "auto-replied"), KeyValuePair.Create("X-Auto-Response-Suppress", "All")]);
    }

    private static string FirstName(SandboxRecipient prospect) =>
        (prospect.Name ?? prospect.Address).Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? prospect.Address;
}

/// <summary>Subject, HTML body and headers of a simulated reply.</summary>
internal sealed record ProspectReply(string Subject, string HtmlBody, IReadOnlyList<KeyValuePair<string, string>> Headers);
