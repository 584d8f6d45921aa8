using OutlookFollowUp.Core.Planning;

namespace OutlookFollowUp.Core.Composition;

/// <summary>The thank-you reply to the prospect. Adds <c>callback_agreed</c> (so the note can mention the next contact).</summary>
public sealed record ThankYouModel(string ReasonCode, string RepName, Prospect Prospect, bool CallbackAgreed)
    : MessageModel(ReasonCode, RepName, Prospect)
{
    public override StepKind Kind => StepKind.ThankYou;

    public static ThankYouModel For(NoMark mark, string repName) =>
        new(mark.ReasonCode, repName, mark.Prospect, mark.CallbackAgreed);

    internal override void Describe(TemplateVariables variables)
    {
        base.Describe(variables);
        variables.Flag("callback_agreed", CallbackAgreed);
    }
}
