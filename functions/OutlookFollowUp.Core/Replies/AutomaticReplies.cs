namespace OutlookFollowUp.Core.Replies;

/// <summary>
/// Recognises messages an autoresponder sent (out-of-office and the like) by their headers (RFC 3834 and the
/// de-facto ones Exchange and other servers add) or, for servers that add none, by the subject prefix their
/// automatic replies carry. The body is never read: a person who writes "automatic" is still a person.
/// </summary>
/// <remarks>
/// X-MS-Exchange-Generated-Message-Source and X-MS-Exchange-Inbox-Rules-Loop are deliberately not signals: Exchange
/// also puts them on messages an inbox rule forwarded or redirected, which a person may well have written.
/// </remarks>
public static class AutomaticReplies
{
    private static readonly string[] PresenceHeaders = ["X-Auto-Response-Suppress", "X-Autoreply", "X-Autorespond"];

    private static readonly string[] AutomaticPrecedence = ["auto_reply", "bulk", "junk"];

    private static readonly string[] SubjectPrefixes =
    [
        "Automatic reply:", "Auto:", "Autoreply:", "Out of Office:", "Out of office", "Abwesend", "Abwesenheitsnotiz",
        "Réponse automatique", "Automatisch antwoord", "Respuesta automática", "Risposta automatica",
    ];

    public static bool IsAutomatic(InboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Headers.Any(IsAutomaticHeader) || HasAutomaticSubject(message.Subject);
    }

    private static bool IsAutomaticHeader(KeyValuePair<string, string> header)
    {
        var (name, value) = (header.Key.Trim(), header.Value.Trim());
        if (string.Equals(name, "Auto-Submitted", StringComparison.OrdinalIgnoreCase))
        {
            // RFC 3834: "no" is the only value a person's message carries; others may have parameters after ";".
            return !string.Equals(value.Split(';')[0].Trim(), "no", StringComparison.OrdinalIgnoreCase);
        }

        if (string.Equals(name, "Precedence", StringComparison.OrdinalIgnoreCase))
        {
            return AutomaticPrecedence.Contains(value, StringComparer.OrdinalIgnoreCase);
        }

        return PresenceHeaders.Contains(name, StringComparer.OrdinalIgnoreCase);
    }

    private static bool HasAutomaticSubject(string subject)
    {
        var trimmed = subject.TrimStart();
        return SubjectPrefixes.Any(prefix => trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
    }
}
