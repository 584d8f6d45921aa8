using OutlookFollowUp.Core.Reasons;

namespace OutlookFollowUp.Api.Contracts;

/// <summary>
/// One element of <c>GET/PUT /api/admin/reasons</c> (a JSON array): a tenant's edits to one default reason; absent
/// members keep the default. <c>callbackWindow.anchor</c>: <c>after-mark</c> (default) or <c>next-budget-year</c>.
/// </summary>
public sealed record ReasonOverrideDto(
    string? Code,
    string? Label = null,
    string? Hint = null,
    CallbackWindowDto? CallbackWindow = null,
    IReadOnlyList<int>? FollowUpDays = null,
    string? SuggestedOpening = null,
    bool? ThankYouByDefault = null)
{
    public static ReasonOverrideDto From(ReasonOverride o) =>
        new(o.Code, o.Label, o.Hint, o.CallbackWindow is { } w ? CallbackWindowDto.From(w) : null, o.FollowUpDays, o.SuggestedOpening, o.ThankYouByDefault);
}

/// <summary>
/// One element of <c>PUT /api/admin/content</c> as JSON (an array). As CSV (<c>text/csv</c>), a header row names the
/// same columns (<c>id,title,url,summary,kind,tags,aboutProduct</c>; order free, <c>summary</c>, <c>kind</c>,
/// <c>tags</c> and <c>aboutProduct</c> optional) and <c>tags</c> holds tags separated by ';'. <c>kind</c>:
/// <c>article</c> (default), <c>tip</c>, <c>case-study</c>, <c>testimonial</c>, <c>event</c>. Tags cover the
/// prospect's goals, challenges and interests, and industry and size.
/// </summary>
public sealed record ContentItemDto(
    string? Id,
    string? Title,
    string? Url,
    string? Summary = null,
    string? Kind = null,
    IReadOnlyList<string?>? Tags = null,
    bool AboutProduct = false);

/// <summary>The answer to a content upload: how many items the library now holds.</summary>
public sealed record ContentUploadResponse(int Count);

/// <summary>
/// One element of <c>GET/PUT /api/admin/templates</c> (a JSON array): a tenant's own template for a step kind
/// (<c>thank-you</c>, <c>follow-up</c>, <c>callback</c>), optionally only for one reason. Liquid sources; values are
/// HTML-encoded when rendered. Kinds and reasons left out use the product's templates.
/// </summary>
public sealed record TemplateDto(string? Kind, string? ReasonCode, string? Subject, string? HtmlBody);
