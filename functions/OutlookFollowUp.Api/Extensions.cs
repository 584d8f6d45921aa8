using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutlookFollowUp.Api.Auth;
using OutlookFollowUp.Api.Hosting;
using OutlookFollowUp.Api.Http;

namespace OutlookFollowUp.Api;

/// <summary>The API's wiring, shared by the dev host and the Functions app. Storage is registered separately (AddFollowUpStorage).</summary>
public static class Extensions
{
    /// <summary>Options, JSON conventions, problem details, Entra ID bearer authentication and the rep/admin policies.</summary>
    public static IServiceCollection AddFollowUpApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiOptions>()
            .Bind(configuration.GetSection(ApiOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));
        services.AddProblemDetails();
        services.TryAddSingleton(TimeProvider.System);
        services.AddFollowUpAuthentication();
        services.AddSingleton<Outcomes.CallbackOutcomeLinks>();
        return services;
    }

    /// <summary>Maps every route under <c>/api</c>.</summary>
    public static RouteGroupBuilder MapFollowUpApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup($"/{Routes.Prefix}");
        api.MapReasonsApi();
        api.MapPlansApi();
        api.MapAdminApi();
        api.MapOutcomesApi();
        api.MapInsightsApi();
        return api;
    }
}
