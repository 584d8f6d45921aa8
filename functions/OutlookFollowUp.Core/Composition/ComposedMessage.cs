namespace OutlookFollowUp.Core.Composition;

/// <summary>
/// A rendered message, ready for Graph: <see cref="Subject"/> is plain text on one line (not HTML-encoded),
/// <see cref="HtmlBody"/> is an HTML fragment in which every user-supplied value is encoded.
/// </summary>
public sealed record ComposedMessage(string Subject, string HtmlBody);
