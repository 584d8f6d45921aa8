using Microsoft.AspNetCore.Http;

namespace OutlookFollowUp.GraphSandbox.Api;

/// <summary>
/// Routes the product must never call. Sending is counted (tests assert the count stays zero) and refused loudly;
/// anything else outside the implemented subset gets 501 so a gateway change that needs more of Graph shows up at once.
/// </summary>
internal static class RefusedApi
{
    public static IResult Send(GraphSandbox sandbox)
    {
        sandbox.Counters.Send();
        return GraphErrors.Error(StatusCodes.Status403Forbidden, "ErrorAccessDenied",
            "The Graph sandbox never sends mail, and Outlook Follow-Up must never ask it to.", sandbox.Time);
    }

    public static IResult NotImplemented(HttpContext context, GraphSandbox sandbox) =>
        GraphErrors.Error(StatusCodes.Status501NotImplemented, "NotImplemented",
            $"The Graph sandbox does not implement {context.Request.Method} {context.Request.Path}.", sandbox.Time);
}
