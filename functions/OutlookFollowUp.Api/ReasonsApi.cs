using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OutlookFollowUp.Api.Auth;
using OutlookFollowUp.Api.Contracts;
using OutlookFollowUp.Api.Hosting;
using OutlookFollowUp.Api.Plans;

namespace OutlookFollowUp.Api;

/// <summary>The reason catalog the add-in's form offers: the defaults with the caller's tenant's overrides.</summary>
public static class ReasonsApi
{
    public static IEndpointRouteBuilder MapReasonsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("").RequireAuthorization(Policies.Rep).WithTags("Reasons");

        api.MapGet(Routes.Reasons, GetReasonsAsync).WithName(FunctionNames.GetReasons);

        return app;
    }

    public static async Task<Ok<ReasonsResponse>> GetReasonsAsync(
        ClaimsPrincipal user, [AsParameters] PlanServices services, CancellationToken cancellationToken)
    {
        var (catalog, _) = await services.CatalogAsync(user.TenantId(), cancellationToken);
        return TypedResults.Ok(ReasonsResponse.From(catalog));
    }
}
