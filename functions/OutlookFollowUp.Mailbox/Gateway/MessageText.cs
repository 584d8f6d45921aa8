using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Graph.Models;

namespace OutlookFollowUp.Mailbox.Gateway;

/// <summary>
/// A message body as plain text for the reply check: markup dropped (with what a browser would not show: head, style,
/// script), entities decoded, one line per block, bounded so a long mail or a quoted history cannot bloat a plan's run.
/// </summary>
internal static partial class MessageText
{
    public static string Of(ItemBody? body, int maxLength)
    {
        var content = body?.Content ?? "";
        var text = body?.ContentType == BodyType.Text ? content : FromHtml(content);
        text = LineBreaks().Replace(Spaces().Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal), " "), "\n").Trim();
        return text.Length <= maxLength ? text : text[..maxLength];
    }

    private static string FromHtml(string html)
    {
        var visible = Hidden().Replace(html, " ");
        var lines = BlockEnd().Replace(CellEnd().Replace(visible, " "), "\n");

        // Inline markup (b, span, a) sits inside words and sentences, so it goes without a trace.
        return WebUtility.HtmlDecode(Tag().Replace(lines, ""));
    }

    [GeneratedRegex(@"<(head|style|script)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"<br\s*/?>|</(p|div|li|tr|h[1-6]|blockquote)\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"</t[dh]\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex CellEnd();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[^\S\n]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s*\n\s*")]
    private static partial Regex LineBreaks();
}
