using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookFollowUp.GraphSandbox.Prospects;

namespace OutlookFollowUp.GraphSandbox.Api;

/// <summary>
/// <c>POST {admin}/mailboxes/{user}/prospect-reply</c>: plays the prospect of a thread answering now, for people on
/// the sandbox page and the add-in's try-out page, so the reply check has something to find.
/// </summary>
internal static class ProspectReplyApi
{
    private const int MaxConversationId = 1024;

    public static Results<Created<ProspectReplyCreated>, ValidationProblem, ProblemHttpResult> Post(string user, ProspectReplyRequest request, GraphSandbox sandbox)
    {
        var today = DateOnly.FromDateTime(sandbox.Time.GetUtcNow().UtcDateTime);
        if (string.IsNullOrWhiteSpace(request.ConversationId) || request.ConversationId.Length > MaxConversationId)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["conversationId"] = [$"A conversation id is 1 to {MaxConversationId} characters."] });
        }

        if (ProspectReplyRules.Check(request.Automatic, request.Text, request.ReturnOn, today) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [problem.Field] = [problem.Message] });
        }

        try
        {
            var id = sandbox.SimulateProspectReply(user, request.ConversationId, request.Automatic, request.Text, request.ReturnOn);
            return TypedResults.Created((string?)null, new ProspectReplyCreated(id, request.ConversationId));
        }
        catch (KeyNotFoundException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status404NotFound);
        }
    }
}

/// <summary>The body of a prospect-reply request; <c>text</c> is for a person's reply, <c>returnOn</c> for an out-of-office.</summary>
internal sealed record ProspectReplyRequest(string? ConversationId, bool Automatic = false, string? Text = null, DateOnly? ReturnOn = null);

/// <summary>The reply the sandbox put in the rep's inbox.</summary>
internal sealed record ProspectReplyCreated(string Id, string ConversationId);
