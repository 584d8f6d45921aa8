using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace OutlookFollowUp.FunctionApp.Http;

/// <summary>
/// Runs one of the API's handlers for a function invocation, with the same parameter binding and result writing as
/// the dev host's minimal-API endpoints: <see cref="RequestDelegateFactory"/> builds the request delegate from the very
/// handler method the dev host maps (JSON bodies, <c>[AsParameters]</c> services, <c>ClaimsPrincipal</c>, route and
/// query values, TypedResults). The response is written to the HttpContext, so the function returns no value.
/// </summary>
internal static class FunctionHttp
{
    private static readonly ConcurrentDictionary<MethodInfo, RequestDelegate> Delegates = new();

    public static async Task RunAsync(this HttpRequest request, FunctionContext context, Delegate handler)
    {
        // Route parameters ({planId}) arrive as trigger binding data; make them route values for the handler.
        foreach (var (name, value) in context.BindingContext.BindingData)
        {
            if (value is string text && !request.RouteValues.ContainsKey(name) && request.Query[name].Count == 0)
            {
                request.RouteValues[name] = text;
            }
        }

        var requestDelegate = Delegates.GetOrAdd(handler.Method, _ => RequestDelegateFactory.Create(
            handler,
            new RequestDelegateFactoryOptions { ServiceProvider = request.HttpContext.RequestServices }).RequestDelegate);
        var http = request.HttpContext;
        await requestDelegate(http);

        // What UseStatusCodePages does in the dev host: a bodiless error (404 from TypedResults.NotFound) gets a problem body.
        if (!http.Response.HasStarted && http.Response.StatusCode >= 400
            && http.RequestServices.GetService<IProblemDetailsService>() is { } problems)
        {
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = { Status = http.Response.StatusCode } });
        }
    }
}
