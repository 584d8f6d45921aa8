using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookFollowUp.Storage;

namespace OutlookFollowUp.Api.Http;

/// <summary>The API's problem responses (<c>application/problem+json</c>), so titles and statuses stay consistent.</summary>
public static class Problems
{
    public static ProblemHttpResult Invalid(string field, string message) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more validation errors occurred.",
        });

    /// <summary>A value too large for Table Storage is the request's fault: a 400 on <c>body</c>, nothing stored.</summary>
    public static ValidationProblem StorageLimit(StorageLimitException e) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [e.Message] });

    public static ProblemHttpResult TooLarge(int maxBytes) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "The request body is too large.",
            detail: $"The limit is {maxBytes} bytes.");

    public static ProblemHttpResult UnsupportedMediaType(IEnumerable<string> accepted) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "Unsupported content type.",
            detail: $"Send {string.Join(" or ", accepted)}.");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The plan is not in a state that allows this.", detail: detail);
}
