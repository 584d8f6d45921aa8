using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Reasons;

namespace OutlookFollowUp.Core.Composition;

/// <summary>
/// The callback event, written for the rep, not the prospect. Adds <c>reason_label</c>, <c>prospect_words</c>,
/// <c>suggested_opening</c>, <c>callback_agreed</c>, <c>thread_link</c> (empty unless a safe http(s) link),
/// <c>debrief_prompts</c> (a list), <c>debrief_note</c> and <c>outcome_link</c> (the signed link that records how the
/// call went; empty when links are off).
/// </summary>
public sealed record CallbackModel(
    string ReasonCode,
    string RepName,
    Prospect Prospect,
    string ReasonLabel,
    string? ProspectWords,
    string SuggestedOpening,
    bool CallbackAgreed,
    Uri? ThreadLink,
    IReadOnlyList<string> DebriefPrompts,
    string? DebriefNote = null,
    Uri? OutcomeLink = null)
    : MessageModel(ReasonCode, RepName, Prospect)
{
    public override StepKind Kind => StepKind.Callback;

    /// <summary>Everything the rep needs before the call, from the mark and the reason in force.</summary>
    public static CallbackModel For(NoMark mark, ReasonDefinition reason, string repName, Uri? threadLink, Uri? outcomeLink) =>
        new(mark.ReasonCode, repName, mark.Prospect, reason.Label, mark.ProspectWords, reason.SuggestedOpening,
            mark.CallbackAgreed, threadLink, Composition.DebriefPrompts.For(mark.Debrief), mark.Debrief?.Note, outcomeLink);

    internal override void Describe(TemplateVariables variables)
    {
        base.Describe(variables);
        variables
            .Text("reason_label", ReasonLabel, FieldLimits.Label)
            .Text("prospect_words", ProspectWords, FieldLimits.Words)
            .Text("suggested_opening", SuggestedOpening, FieldLimits.Opening)
            .Flag("callback_agreed", CallbackAgreed)
            .Link("thread_link", ThreadLink)
            .List("debrief_prompts", DebriefPrompts, FieldLimits.Prompts, FieldLimits.Prompt)
            .Text("debrief_note", DebriefNote, FieldLimits.Note)
            .Link("outcome_link", OutcomeLink);
    }
}
