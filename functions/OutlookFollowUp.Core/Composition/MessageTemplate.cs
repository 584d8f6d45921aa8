namespace OutlookFollowUp.Core.Composition;

/// <summary>The Liquid sources for one kind of message: a plain-text subject and an HTML body.</summary>
public sealed record MessageTemplate(string Subject, string HtmlBody);
