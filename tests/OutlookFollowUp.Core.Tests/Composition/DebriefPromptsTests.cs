using OutlookFollowUp.Core.Composition;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Reasons;

namespace OutlookFollowUp.Core.Tests.Composition;

public class DebriefPromptsTests
{
    [Fact]
    public void A_rep_who_skipped_the_debrief_is_invited_to_reflect_before_calling()
    {
        Assert.Contains("skipped the debrief", Assert.Single(DebriefPrompts.For(null)), StringComparison.Ordinal);
        Assert.Single(DebriefPrompts.For(new SelfDebrief(Note: "only a note")));
    }

    [Fact]
    public void A_debrief_with_nothing_to_change_adds_no_reminder()
    {
        var good = new SelfDebrief(false, true, true, true, true);

        Assert.Empty(DebriefPrompts.For(good));
    }

    [Fact]
    public void Each_answer_that_points_at_something_to_change_adds_its_own_reminder()
    {
        var rough = new SelfDebrief(ProposedBeforeExploringNeeds: true, AskedMoreThanPitched: false, MatchedTheirPace: false,
            WasQualifiedOpportunity: false, LeftTheDoorOpen: false);

        Assert.Equal(5, DebriefPrompts.For(rough).Distinct().Count());
        Assert.Single(DebriefPrompts.For(new SelfDebrief(ProposedBeforeExploringNeeds: true)));
    }

    [Fact]
    public void The_callback_model_brings_together_the_mark_the_reason_and_the_debrief()
    {
        var reason = ReasonCatalog.Default.Get(ReasonCodes.Price);
        var mark = new NoMark(ReasonCodes.Price, Samples.Prospect, SalesStage.Proposal, "Too dear for us.", ProspectTags.None,
            CallbackAgreed: false, Debrief: new SelfDebrief(ProposedBeforeExploringNeeds: true, Note: "Ask about finance."));

        var model = CallbackModel.For(mark, reason, "Sam Lee", new Uri("https://outlook.office.com/mail/id/1"), outcomeLink: null);
        var message = MessageComposer.Default.Compose(model);

        Assert.Contains(reason.Label, message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(reason.SuggestedOpening, message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Too dear for us.", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("proposal came before their needs", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Ask about finance.", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<strong>Agreed to this call:</strong> no", message.HtmlBody, StringComparison.Ordinal);
    }
}
