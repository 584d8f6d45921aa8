using System.Text;

namespace OutlookFollowUp.Core.Composition;

/// <summary>
/// Makes user text safe to hand to a template or to Graph as a subject. HTML encoding is not done here: the body is
/// rendered with an HTML encoder, so every value is encoded exactly once, at output.
/// </summary>
internal static class TextCleaner
{
    public const int MaxSubjectLength = 255;

    /// <summary>
    /// For values placed in bodies: control characters are removed (they can break parsers downstream and never carry
    /// meaning in a note), except tab and line feed, which are harmless once encoded; CR and CRLF become LF so a
    /// multi-line quote does not run its words together. Then trimmed and truncated.
    /// </summary>
    public static string ForBody(string? value, int maxLength)
    {
        if (string.IsNullOrEmpty(value))
            return "";

        // Stops early: a 100 KB paste costs no more than the part that will be kept.
        var text = new StringBuilder(Math.Min(value.Length, maxLength + 1));
        for (var i = 0; i < value.Length && text.Length <= maxLength; i++)
        {
            var c = value[i];
            if (c == '\r')
            {
                if (i + 1 < value.Length && value[i + 1] == '\n')
                    continue;
                c = '\n';
            }

            if (!char.IsControl(c) || c is '\t' or '\n')
                text.Append(c);
        }

        return Truncate(text.ToString().Trim(), maxLength);
    }

    /// <summary>
    /// For subjects, which Graph takes as plain text: no HTML encoding (it would show as "&amp;amp;"), but every control
    /// character and line break becomes a single space, so nothing a user typed can start a new header line.
    /// </summary>
    public static string ForSubject(string rendered)
    {
        var text = new StringBuilder(Math.Min(rendered.Length, MaxSubjectLength + 1));
        var pendingSpace = false;
        foreach (var c in rendered)
        {
            if (text.Length > MaxSubjectLength)
                break;

            if (char.IsControl(c) || char.IsWhiteSpace(c))
            {
                pendingSpace = text.Length > 0;
                continue;
            }

            if (pendingSpace)
                text.Append(' ');
            pendingSpace = false;
            text.Append(c);
        }

        return Truncate(text.ToString(), MaxSubjectLength);
    }

    /// <summary>Cuts to at most <paramref name="maxLength"/> characters, ending with an ellipsis and never halving a surrogate pair.</summary>
    public static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
            return text;

        var cut = maxLength - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
            cut--;
        return string.Concat(text.AsSpan(0, cut).TrimEnd(), "…");
    }
}
