using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OutlookFollowUp.Integration.Tests.Api;
using OutlookFollowUp.Integration.Tests.Azurite;

namespace OutlookFollowUp.Integration.Tests.FunctionApp;

/// <summary>
/// One route table: every API route the dev host serves (what the add-in and the outcome page are tested against) is an
/// HTTP function with the same method and path in functions.metadata, and the other way round.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class RouteTableTests(AzuriteFixture azurite) : IDisposable
{
    private readonly ApiFactory _devHost = new(azurite);

    public void Dispose() => _devHost.Dispose();

    [Fact]
    public void Both_hosts_serve_the_same_API_routes_with_the_same_methods()
    {
        var devHost = _devHost.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Route: e.RoutePattern.RawText!.TrimStart('/'), Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []))
            .Where(e => e.Route.StartsWith(GeneratedFunction.RoutePrefix + "/", StringComparison.Ordinal))
            .SelectMany(e => e.Methods.Select(m => $"{m} {e.Route}"))
            .Order().ToList();
        var functions = GeneratedFunctions.Http.SelectMany(f => f.Methods.Select(m => $"{m} {f.Route}")).Order().ToList();

        Assert.Equal(17, functions.Count);
        Assert.Empty(devHost.Except(functions));
        Assert.Empty(functions.Except(devHost));
    }
}
