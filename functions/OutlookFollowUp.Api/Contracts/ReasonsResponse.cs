using OutlookFollowUp.Core.Content;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Reasons;

namespace OutlookFollowUp.Api.Contracts;

/// <summary><c>GET /api/reasons</c>: the tenant's reasons (defaults with its overrides) and the sales stages the form offers.</summary>
public sealed record ReasonsResponse(IReadOnlyList<ReasonResponse> Reasons, IReadOnlyList<string> Stages)
{
    public static ReasonsResponse From(ReasonCatalog catalog) =>
        new([.. catalog.Reasons.Select(ReasonResponse.From)], [.. Http.ApiJson.Names<SalesStage>()]);
}

/// <summary>
/// One reason. <c>callbackWindow.anchor</c> is <c>after-mark</c> (days after the mark) or <c>next-budget-year</c> (days
/// relative to the prospect's next budget year, negative = before); <c>followUpDays</c> are days after the mark.
/// </summary>
public sealed record ReasonResponse(
    string Code,
    string Label,
    string Hint,
    CallbackWindowDto CallbackWindow,
    IReadOnlyList<int> FollowUpDays,
    EmphasisDto Emphasis,
    string SuggestedOpening,
    bool ThankYouByDefault)
{
    public static ReasonResponse From(ReasonDefinition reason) =>
        new(reason.Code, reason.Label, reason.Hint,
            CallbackWindowDto.From(reason.CallbackWindow),
            reason.FollowUpDays,
            new EmphasisDto(reason.Emphasis.Summary, reason.Emphasis.PreferredKinds, reason.Emphasis.ValuePropositionShare),
            reason.SuggestedOpening,
            reason.ThankYouByDefault);
}

public sealed record CallbackWindowDto(int? FromDays, int? ToDays, string? Anchor = null)
{
    public static CallbackWindowDto From(CallbackWindow window) =>
        new(window.FromDays, window.ToDays, Http.ApiJson.Name(window.Anchor));
}

public sealed record EmphasisDto(string Summary, IReadOnlyList<ContentKind> PreferredKinds, double ValuePropositionShare);
