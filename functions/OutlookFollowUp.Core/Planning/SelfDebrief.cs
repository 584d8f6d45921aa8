namespace OutlookFollowUp.Core.Planning;

/// <summary>The rep's optional reflection after a "no"; unanswered questions stay null.</summary>
public sealed record SelfDebrief(
    bool? ProposedBeforeExploringNeeds = null,
    bool? AskedMoreThanPitched = null,
    bool? MatchedTheirPace = null,
    bool? WasQualifiedOpportunity = null,
    bool? LeftTheDoorOpen = null,
    string? Note = null);
