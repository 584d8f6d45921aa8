using System.Globalization;
using System.Net;
using OutlookFollowUp.GraphSandbox.State;

namespace OutlookFollowUp.GraphSandbox.Prospects;

/// <summary>
/// What arrives in the rep's inbox when a prospect's side answers, with the Internet headers each sender really puts on
/// its mail (as Graph returns them in <c>internetMessageHeaders</c>): a person's reply from Outlook or through a CRM,
/// Exchange's and Gmail's automatic replies with a return date written out as people write it, a mailing-list
/// message and a non-delivery report.
/// </summary>
internal static class ProspectReplies
{
    public const int MaxText = 2000;

    public static ProspectReply Build(
        InboundSample sample, string originalSubject, string originalMessageId, SandboxRecipient prospect, string? text, DateOnly returnOn)
    {
        var replySubject = originalSubject.StartsWith("RE:", StringComparison.OrdinalIgnoreCase) ? originalSubject : "RE: " + originalSubject;
        var domain = prospect.Address[(prospect.Address.LastIndexOf('@') + 1)..];
        KeyValuePair<string, string>[] threading =
        [
            new("Received", $"from mail.{domain} by mx.sandbox.example with ESMTPS; {DateTimeOffset.UnixEpoch:R}"),
            new("In-Reply-To", originalMessageId),
            new("References", originalMessageId),
            new("MIME-Version", "1.0"),
        ];
        return sample switch
        {
            InboundSample.OutlookReply => new(prospect, replySubject, Paragraphs(text ?? DefaultAnswer(prospect)),
                [.. threading, new("Thread-Topic", originalSubject), new("Thread-Index", "AdqJb3Hk2mVw=="), new("Accept-Language", "en-US"),
                 new("Content-Language", "en-US"), new("X-MS-Has-Attach", ""), new("X-MS-TNEF-Correlator", ""),
                 new("Content-Type", "multipart/alternative; boundary=\"_000_outlook_\"")]),
            InboundSample.CrmReply => new(prospect, replySubject, Paragraphs(text ?? DefaultAnswer(prospect)),
                [.. threading, new("X-Auto-Response-Suppress", "All"), new("X-Mailer", "Sequencer Sales Email 4.2"),
                 new("Content-Type", "text/html; charset=UTF-8")]),
            InboundSample.ExchangeOutOfOffice => new(prospect, "Automatic reply: " + originalSubject, AwayBody(prospect, returnOn),
                [.. threading, new("Thread-Topic", originalSubject), new("Auto-Submitted", "auto-generated"), new("X-Auto-Response-Suppress", "All"),
                 new("X-MS-Exchange-Inbox-Rules-Loop", prospect.Address), new("Content-Type", "multipart/alternative; boundary=\"_000_oof_\"")]),
            InboundSample.GmailVacation => new(prospect, $"Away until {returnOn:d MMMM}", AwayBody(prospect, returnOn),
                [.. threading, new("Auto-Submitted", "auto-replied"), new("Content-Type", "multipart/alternative; boundary=\"000000000000gmail\"")]),
            InboundSample.MailingList => new(new SandboxRecipient($"news@{domain}", $"{domain} news"), $"[{domain}] What is new this month",
                Paragraphs("Our product news for the month, for everyone on this list."),
                [new("Received", $"from lists.{domain} by mx.sandbox.example with ESMTPS; {DateTimeOffset.UnixEpoch:R}"), new("MIME-Version", "1.0"),
                 new("List-Id", $"News <news.{domain}>"), new("List-Unsubscribe", $"<mailto:news-leave@{domain}>"), new("Precedence", "list"),
                 new("Content-Type", "text/html; charset=UTF-8")]),
            InboundSample.DeliveryFailure => new(new SandboxRecipient($"postmaster@{domain}", "Mail Delivery System"), "Undeliverable: " + originalSubject,
                Paragraphs($"Your message to {prospect.Address} couldn't be delivered. The mailbox is full."),
                [.. threading, new("Auto-Submitted", "auto-replied"), new("X-MS-Exchange-Message-Is-Ndr", ""),
                 new("Content-Type", "multipart/report; report-type=delivery-status; boundary=\"_ndr_\"")]),
            _ => throw new ArgumentOutOfRangeException(nameof(sample), sample, null),
        };
    }

    private static string AwayBody(SandboxRecipient prospect, DateOnly returnOn)
    {
        var until = returnOn.AddDays(-1).ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
        var back = returnOn.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
        return "<p>Thank you for your message.</p>"
            + $"<p>I am out of the office until {until} and will be back on {back}, with limited access to e-mail. I will reply when I am back.</p>"
            + $"<p>{WebUtility.HtmlEncode(prospect.Name ?? prospect.Address)}</p>";
    }

    private static string Paragraphs(string text) =>
        string.Concat(text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"));

    private static string DefaultAnswer(SandboxRecipient prospect) =>
        $"Thanks for the note — could we talk next week after all?\n{FirstName(prospect)}";

    private static string FirstName(SandboxRecipient prospect) =>
        (prospect.Name ?? prospect.Address).Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? prospect.Address;
}

/// <summary>Sender, subject, HTML body and Internet headers of a simulated inbound message.</summary>
internal sealed record ProspectReply(SandboxRecipient From, string Subject, string HtmlBody, IReadOnlyList<KeyValuePair<string, string>> Headers);
