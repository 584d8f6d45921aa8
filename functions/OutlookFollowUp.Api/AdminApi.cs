using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OutlookFollowUp.Api.Admin;
using OutlookFollowUp.Api.Auth;
using OutlookFollowUp.Api.Contracts;
using OutlookFollowUp.Api.Hosting;
using OutlookFollowUp.Api.Http;
using OutlookFollowUp.Api.Validation;
using OutlookFollowUp.Storage;

namespace OutlookFollowUp.Api;

/// <summary>Tenant administration (app role <see cref="ApiOptions.AdminRole"/>): content library, reason overrides, templates.</summary>
public static class AdminApi
{
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("").RequireAuthorization(Policies.Admin).WithTags("Admin");

        api.MapPut(Routes.AdminContent, PutContentAsync).WithName(FunctionNames.PutContent)
            .Accepts<ContentItemDto[]>("application/json", "text/csv");
        api.MapGet(Routes.AdminReasons, GetReasonOverridesAsync).WithName(FunctionNames.GetReasonOverrides);
        api.MapPut(Routes.AdminReasons, PutReasonOverridesAsync).WithName(FunctionNames.PutReasonOverrides);
        api.MapGet(Routes.AdminTemplates, GetTemplatesAsync).WithName(FunctionNames.GetTemplates);
        api.MapPut(Routes.AdminTemplates, PutTemplatesAsync).WithName(FunctionNames.PutTemplates);

        return app;
    }

    /// <summary>Replaces the tenant's content library with the uploaded items: a JSON array, or CSV with a header row.</summary>
    public static async Task<Results<Ok<ContentUploadResponse>, ValidationProblem, ProblemHttpResult>> PutContentAsync(
        ContentUpload upload, ClaimsPrincipal user, [AsParameters] AdminServices services, CancellationToken cancellationToken)
    {
        if (upload.Problem is { } problem)
        {
            return problem;
        }

        var (errors, items) = ContentItemsValidator.Validate(upload.Items!);
        if (items is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        try
        {
            await services.Content.ReplaceAsync(user.TenantId(), items, cancellationToken);
        }
        catch (StorageLimitException e)
        {
            return Problems.StorageLimit(e);
        }

        return TypedResults.Ok(new ContentUploadResponse(items.Count));
    }

    public static async Task<Ok<ReasonOverrideDto[]>> GetReasonOverridesAsync(
        ClaimsPrincipal user, [AsParameters] AdminServices services, CancellationToken cancellationToken)
    {
        var settings = await services.Settings.GetAsync(user.TenantId(), cancellationToken);
        return TypedResults.Ok(settings.ReasonOverrides.Select(ReasonOverrideDto.From).ToArray());
    }

    /// <summary>Replaces the tenant's reason overrides; reasons left out revert to their defaults.</summary>
    public static async Task<Results<Ok<ReasonOverrideDto[]>, ValidationProblem, ProblemHttpResult>> PutReasonOverridesAsync(
        JsonBody<ReasonOverrideDto?[]> body, ClaimsPrincipal user, [AsParameters] AdminServices services, CancellationToken cancellationToken)
    {
        if (body.Problem is { } problem)
        {
            return problem;
        }

        var (errors, overrides) = ReasonOverridesValidator.Validate(body.Value!);
        if (overrides is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        await services.Settings.SaveReasonOverridesAsync(user.TenantId(), overrides, cancellationToken);
        return TypedResults.Ok(overrides.Select(ReasonOverrideDto.From).ToArray());
    }

    public static async Task<Ok<TemplateDto[]>> GetTemplatesAsync(
        ClaimsPrincipal user, [AsParameters] AdminServices services, CancellationToken cancellationToken)
    {
        var settings = await services.Settings.GetAsync(user.TenantId(), cancellationToken);
        return TypedResults.Ok(Templates(settings.Templates));
    }

    /// <summary>Replaces the tenant's own templates; kinds and reasons left out use the product's templates again.</summary>
    public static async Task<Results<Ok<TemplateDto[]>, ValidationProblem, ProblemHttpResult>> PutTemplatesAsync(
        JsonBody<TemplateDto?[]> body, ClaimsPrincipal user, [AsParameters] AdminServices services, CancellationToken cancellationToken)
    {
        if (body.Problem is { } problem)
        {
            return problem;
        }

        var (errors, templates) = TemplatesValidator.Validate(body.Value!);
        if (templates is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var stored = templates.Select(t => TemplateCodec.Encode(t.Key, t.Template)).ToDictionary(StringComparer.Ordinal);
        try
        {
            await services.Settings.SaveTemplatesAsync(user.TenantId(), stored, cancellationToken);
        }
        catch (StorageLimitException e)
        {
            return Problems.StorageLimit(e);
        }

        return TypedResults.Ok(Templates(stored));
    }

    private static TemplateDto[] Templates(IReadOnlyDictionary<string, string> stored) =>
        [.. stored
            .Select(t => TemplateCodec.TryDecode(t.Key, t.Value, out var key, out var template)
                ? new TemplateDto(ApiJson.Name(key.Kind), key.ReasonCode, template.Subject, template.HtmlBody)
                : null)
            .OfType<TemplateDto>()
            .OrderBy(t => t.Kind, StringComparer.Ordinal).ThenBy(t => t.ReasonCode, StringComparer.Ordinal)];
}
