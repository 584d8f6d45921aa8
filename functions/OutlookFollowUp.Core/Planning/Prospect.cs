namespace OutlookFollowUp.Core.Planning;

/// <summary>The person who said no, as read from the message's sender.</summary>
public sealed record Prospect(string Email, string? Name = null, string? Company = null);
