using System.Net;
using System.Text.RegularExpressions;

namespace OutlookFollowUp.Mailbox.Gateway;

/// <summary>
/// Puts our composed HTML above what createReply wrote (the quoted original), inside the document's body element when
/// there is one, as Outlook places a reply's text above the quote.
/// </summary>
internal static partial class ReplyBody
{
    /// <summary>Marks the text we added, so a draft we already completed is never prefixed twice.</summary>
    public const string Marker = "<!-- outlook-follow-up -->";

    public static string Prepend(string composedHtml, string? existing, bool existingIsHtml)
    {
        var ours = $"{Marker}<div>{composedHtml}</div>";
        if (string.IsNullOrEmpty(existing))
        {
            return ours;
        }

        if (!existingIsHtml)
        {
            return $"{ours}<div style=\"white-space:pre-wrap\">{WebUtility.HtmlEncode(existing)}</div>";
        }

        if (existing.Contains(Marker, StringComparison.Ordinal))
        {
            return existing;
        }

        var body = BodyTag().Match(existing);
        return body.Success ? existing.Insert(body.Index + body.Length, ours) : ours + existing;
    }

    [GeneratedRegex("<body[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BodyTag();
}
