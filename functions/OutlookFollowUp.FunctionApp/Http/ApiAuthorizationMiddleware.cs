using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using OutlookFollowUp.Api.Hosting;

namespace OutlookFollowUp.FunctionApp.Http;

/// <summary>
/// Entra ID bearer authentication and the API's policies, for HTTP-triggered functions.
/// </summary>
/// <remarks>
/// The isolated worker has no endpoint routing for functions, so <c>RequireAuthorization</c> metadata (what the dev host
/// relies on) does not apply here. Instead this worker middleware runs the same ASP.NET Core services the dev host uses:
/// it authenticates the request with the JwtBearer scheme that <c>AddFollowUpApi</c> registered (same audience, issuer
/// and signing-key checks) and evaluates the function's policy (<see cref="FunctionPolicies"/>) with
/// <see cref="IAuthorizationService"/>. A request that fails gets a 401 or 403 problem and the function does not run.
/// Functions are <c>AuthorizationLevel.Anonymous</c> on purpose: function keys are shared secrets, the token is the
/// credential. There is no development identity here.
/// </remarks>
public sealed class ApiAuthorizationMiddleware(IAuthorizationService authorization) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        var policy = FunctionPolicies.For(context.FunctionDefinition.Name);
        if (context.GetHttpContext() is not { } http || policy is null)
        {
            // Not an HTTP trigger (timers and queues have no caller to authenticate), or a signed link that the
            // function checks itself.
            await next(context);
            return;
        }

        var authenticated = await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (authenticated.Succeeded)
        {
            http.User = authenticated.Principal;
        }

        var result = await authorization.AuthorizeAsync(http.User, policy);
        if (result.Succeeded)
        {
            await next(context);
            return;
        }

        if (http.User.Identity?.IsAuthenticated == true)
        {
            await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden").ExecuteAsync(http);
        }
        else
        {
            // Lets JwtBearer add its WWW-Authenticate header (error="invalid_token" and so on), then a problem body.
            await http.ChallengeAsync(JwtBearerDefaults.AuthenticationScheme);
            await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized").ExecuteAsync(http);
        }
    }
}
