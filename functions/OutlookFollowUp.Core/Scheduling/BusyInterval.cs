namespace OutlookFollowUp.Core.Scheduling;

/// <summary>A span of the rep's calendar that is already taken, as the mailbox's free/busy reports it.</summary>
public readonly record struct BusyInterval(DateTimeOffset Start, DateTimeOffset End);
