using System.Net;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using OutlookFollowUp.FunctionApp;
using OutlookFollowUp.FunctionApp.Http;
using OutlookFollowUp.Integration.Tests.Api;

namespace OutlookFollowUp.Integration.Tests.FunctionApp;

/// <summary>
/// The Functions app's own composition (<see cref="FunctionAppExtensions.AddFollowUpFunctionApp"/>, what Program.cs
/// runs) built in the Production environment with scope and build-time validation, and invoked the way the Functions
/// host invokes it: an HTTP request is routed by the routes in functions.metadata, handed to the worker middleware the
/// app registered (<see cref="ApiAuthorizationMiddleware"/>) in a <see cref="FunctionContext"/> carrying the HttpContext,
/// and then to the entry point functions.metadata names; timer and queue functions are activated from the invocation's
/// service scope, as the worker's function activator does. What is not here is the host process itself: its gRPC
/// channel and the HTTP proxy that forwards a request to the worker.
/// </summary>
internal sealed class FunctionAppHost : IDisposable
{
    private readonly IHost _host;

    private FunctionAppHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    /// <summary>Settings of a deployed app apart from storage and Graph (which each test names): the API's token checks.</summary>
    public static IReadOnlyDictionary<string, string?> ApiSettings { get; } = new Dictionary<string, string?>
    {
        ["Api:Audience"] = TestTokens.Audience,
        ["Api:TenantId"] = TestTokens.TenantId.ToString(),
        ["Api:Instance"] = TestTokens.Instance,
    };

    public static FunctionAppHost Build(IEnumerable<KeyValuePair<string, string?>> settings)
    {
        var builder = FunctionsApplication.CreateBuilder([]);
        builder.Environment.EnvironmentName = Environments.Production;
        builder.Configuration.AddInMemoryCollection(ApiSettings.Concat(settings));
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        builder.AddFollowUpFunctionApp();

        // The test OpenID configuration replaces discovery: no network, the test key is the tenant's key.
        builder.Services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            var configuration = TestTokens.Configuration();
            options.Configuration = configuration;
            options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
        });
        return new FunctionAppHost(builder.Build());
    }

    /// <summary>A function class as the worker activates it for one invocation: from that invocation's scope.</summary>
    public static T Activate<T>(IServiceScope invocation) => ActivatorUtilities.CreateInstance<T>(invocation.ServiceProvider);

    /// <summary>Sends a request to the function whose route and method match, as the host does; 404 when none does.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string pathAndQuery, string? token = null, HttpContent? body = null)
    {
        var (path, query) = pathAndQuery.Split('?', 2) is [var p, var q] ? (p, "?" + q) : (pathAndQuery, "");
        var routeValues = new RouteValueDictionary();
        var function = GeneratedFunctions.Http.FirstOrDefault(f => f.Methods.Contains(method.Method)
            && new TemplateMatcher(TemplateParser.Parse(f.Route!), new RouteValueDictionary()).TryMatch(path, routeValues = new RouteValueDictionary()));
        if (function is null)
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }

        await using var scope = Services.CreateAsyncScope();
        var responseBody = new MemoryStream();
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(new HttpRequestFeature());
        features.Set<IHttpResponseFeature>(new ServerResponse(responseBody));
        features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(responseBody));
        var http = new DefaultHttpContext(features) { RequestServices = scope.ServiceProvider };
        http.Request.Method = method.Method;
        http.Request.Scheme = "https";
        http.Request.Host = new HostString("func-follow-up.example");
        http.Request.Path = path;
        http.Request.QueryString = new QueryString(query);
        if (token is not null)
        {
            http.Request.Headers.Authorization = $"Bearer {token}";
        }

        if (body is not null)
        {
            var bytes = await body.ReadAsByteArrayAsync();
            http.Request.Body = new MemoryStream(bytes);
            http.Request.ContentLength = bytes.Length;
            http.Request.ContentType = body.Headers.ContentType?.ToString();
        }

        var context = new WorkerFunctionContext(function, scope.ServiceProvider, routeValues.ToDictionary(v => v.Key, v => (object?)v.Value?.ToString()));
        context.Items[WorkerFunctionContext.HttpContextKey] = http;
        var middleware = scope.ServiceProvider.GetRequiredService<ApiAuthorizationMiddleware>();
        var entryPoint = function.Method();
        await middleware.Invoke(context, invocation => (Task)entryPoint.Invoke(null, [http.Request, invocation])!);

        return ToResponseMessage(http.Response, responseBody.ToArray());
    }

    private static HttpResponseMessage ToResponseMessage(HttpResponse response, byte[] body)
    {
        var message = new HttpResponseMessage((HttpStatusCode)response.StatusCode) { Content = new ByteArrayContent(body) };
        foreach (var (name, values) in response.Headers)
        {
            if (!message.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                message.Content.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        return message;
    }

    public void Dispose() => _host.Dispose();

    /// <summary>As on a server (Kestrel behind the host's proxy), the response has started once its body is written to.</summary>
    private sealed class ServerResponse(MemoryStream body) : HttpResponseFeature
    {
        public override bool HasStarted => body.Length > 0;
    }
}
