namespace OutlookFollowUp.GraphSandbox.State;

/// <summary>Graph's <c>recipient</c>: an address and the display name that goes with it.</summary>
public sealed record SandboxRecipient(string Address, string? Name = null);
