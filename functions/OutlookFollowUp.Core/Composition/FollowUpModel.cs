using OutlookFollowUp.Core.Content;
using OutlookFollowUp.Core.Planning;

namespace OutlookFollowUp.Core.Composition;

/// <summary>
/// A goal-specific follow-up to the prospect. Adds <c>content_title</c>, <c>content_url</c> (empty unless a safe
/// http(s) link), <c>content_summary</c>, <c>content_kind</c> and <c>topics</c> (the prospect's tags the item
/// covers: the reason it was chosen for them).
/// </summary>
public sealed record FollowUpModel(string ReasonCode, string RepName, Prospect Prospect, ContentItem Content, IReadOnlyList<string> Topics)
    : MessageModel(ReasonCode, RepName, Prospect)
{
    public override StepKind Kind => StepKind.FollowUp;

    public static FollowUpModel For(string reasonCode, string repName, Prospect prospect, ContentMatch match) =>
        new(reasonCode, repName, prospect, match.Item, match.MatchedTags);

    internal override void Describe(TemplateVariables variables)
    {
        base.Describe(variables);
        variables
            .Text("content_title", Content.Title, FieldLimits.Title)
            .Link("content_url", Content.Url)
            .Text("content_summary", Content.Summary, FieldLimits.Summary)
            .Text("content_kind", KindName(Content.Kind), FieldLimits.Label)
            .List("topics", Topics, FieldLimits.Topics, FieldLimits.Topic);
    }

    private static string KindName(ContentKind kind) => kind switch
    {
        ContentKind.CaseStudy => "case study",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
