using OutlookFollowUp.Core.Planning;

namespace OutlookFollowUp.Core.Insights;

/// <summary>One yes/no question of the <see cref="SelfDebrief"/>, with the code and label a manager's view shows.</summary>
public sealed record DebriefQuestion(string Code, string Label, Func<SelfDebrief, bool?> Answer)
{
    public static IReadOnlyList<DebriefQuestion> All { get; } =
    [
        new("proposed-before-exploring-needs", "Proposed before exploring needs", d => d.ProposedBeforeExploringNeeds),
        new("asked-more-than-pitched", "Asked more than pitched", d => d.AskedMoreThanPitched),
        new("matched-their-pace", "Matched their pace", d => d.MatchedTheirPace),
        new("was-qualified-opportunity", "Was a qualified opportunity", d => d.WasQualifiedOpportunity),
        new("left-the-door-open", "Left the door open", d => d.LeftTheDoorOpen),
    ];
}
