using Microsoft.AspNetCore.Http;

namespace OutlookFollowUp.GraphSandbox.Api;

/// <summary>
/// Errors in Graph's JSON shape (<c>{"error":{"code","message","innerError"}}</c>), which the Graph SDK maps to
/// <c>ODataError</c> with the code and message filled in, exactly as it does for the real service.
/// </summary>
internal static class GraphErrors
{
    public static IResult Error(int status, string code, string message, TimeProvider time) =>
        Results.Json(
            new
            {
                error = new
                {
                    code,
                    message,
                    innerError = new { date = time.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), requestId = Guid.NewGuid() },
                },
            },
            statusCode: status);

    public static IResult InvalidUser(string user, TimeProvider time) =>
        Error(StatusCodes.Status404NotFound, "ErrorInvalidUser", $"The requested user '{user}' is invalid.", time);

    public static IResult ItemNotFound(TimeProvider time) =>
        Error(StatusCodes.Status404NotFound, "ErrorItemNotFound", "The specified object was not found in the store.", time);

    public static IResult BadRequest(string code, string message, TimeProvider time) =>
        Error(StatusCodes.Status400BadRequest, code, message, time);
}
