namespace OutlookFollowUp.GraphSandbox.Faults;

/// <summary>
/// A fault for the next <see cref="Times"/> requests that match, so a test can say exactly which call fails
/// ("drop the connection after the next createReply") instead of hoping a random rate hits it.
/// </summary>
/// <remarks>
/// <c>Method</c>: HTTP method to match, or null for any.<br/>
/// <c>PathEndsWith</c>: Suffix of the request path to match (e.g. "/createReply", "/events"), or null for any.<br/>
/// <c>Mailbox</c>: Mailbox id or user principal name to match, or null for any.<br/>
/// </remarks>
public sealed record ScriptedFault(FaultKind Kind, string? Method = null, string? PathEndsWith = null, string? Mailbox = null, int Times = 1);
