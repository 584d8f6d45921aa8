using OutlookFollowUp.Core.Planning;

namespace OutlookFollowUp.Core.Composition;

/// <summary>
/// Turns the rep's self-debrief into a few reminders for the callback, so the reflection done after the "no" is in
/// front of the rep when it can still change the next conversation. Only answers that point at something to do
/// differently produce a reminder; a rep who skipped the debrief is invited to do it before calling.
/// </summary>
public static class DebriefPrompts
{
    public static IReadOnlyList<string> For(SelfDebrief? debrief)
    {
        if (debrief is null || IsUnanswered(debrief))
        {
            return
            [
                "You skipped the debrief last time. Before dialling, take two minutes: what did they want from the first "
                + "meeting, and did you learn it before you proposed anything?",
            ];
        }

        var prompts = new List<string>();
        if (debrief.ProposedBeforeExploringNeeds == true)
            prompts.Add("Last time the proposal came before their needs were clear. Open with questions about their goals.");
        if (debrief.AskedMoreThanPitched == false)
            prompts.Add("You felt you talked more than you asked. Plan two open questions and let them lead.");
        if (debrief.MatchedTheirPace == false)
            prompts.Add("The pace felt off last time. Notice whether they want detail or the big picture, and follow them.");
        if (debrief.WasQualifiedOpportunity == false)
            prompts.Add("You doubted this was a qualified opportunity. Check who decides, what it is worth to them and when.");
        if (debrief.LeftTheDoorOpen == false)
            prompts.Add("You were unsure the door was left open. Start by thanking them for last time, with no pitch.");
        return prompts;
    }

    private static bool IsUnanswered(SelfDebrief d) =>
        d.ProposedBeforeExploringNeeds is null && d.AskedMoreThanPitched is null && d.MatchedTheirPace is null
        && d.WasQualifiedOpportunity is null && d.LeftTheDoorOpen is null;
}
