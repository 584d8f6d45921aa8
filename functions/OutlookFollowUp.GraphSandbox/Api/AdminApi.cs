using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookFollowUp.GraphSandbox.Faults;
using OutlookFollowUp.GraphSandbox.Page;

namespace OutlookFollowUp.GraphSandbox.Api;

/// <summary>The sandbox's own routes, for people and scripts: the page, the fault knobs, reset and counters.</summary>
internal static class AdminApi
{
    // The page is the admin group's root, so its own path (with or without a trailing slash) is where the group is mounted.
    public static ContentHttpResult Page(GraphSandbox sandbox, HttpRequest request) =>
        TypedResults.Content(SandboxPage.Render(sandbox, (request.PathBase + request.Path).Value?.TrimEnd('/') ?? ""), "text/html; charset=utf-8");

    public static Ok<SandboxFaults> GetFaults(GraphSandbox sandbox) => TypedResults.Ok(sandbox.CurrentFaults);

    public static Results<Ok<SandboxFaults>, ValidationProblem> SetFaults(SandboxFaults faults, GraphSandbox sandbox)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (name, rate) in new[] { ("throttleRate", faults.ThrottleRate), ("serverErrorRate", faults.ServerErrorRate), ("dropRate", faults.DropRate) })
        {
            if (rate is < 0 or > 1)
            {
                errors[name] = ["A rate is a probability from 0 to 1."];
            }
        }

        if (faults.ThrottleRate + faults.ServerErrorRate + faults.DropRate > 1)
        {
            errors["rates"] = ["The rates together cannot exceed 1."];
        }

        if (faults.LatencyMs < 0 || faults.LatencyJitterMs < 0 || faults.RetryAfterSeconds < 0 || faults.MailboxConcurrencyLimit < 1)
        {
            errors["limits"] = ["Latencies and Retry-After cannot be negative; the concurrency limit is at least 1."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        sandbox.SetFaults(faults);
        return TypedResults.Ok(faults);
    }

    public static NoContent ScriptFault(ScriptedFault fault, GraphSandbox sandbox)
    {
        sandbox.ScriptFault(fault);
        return TypedResults.NoContent();
    }

    public static NoContent Reset(GraphSandbox sandbox, bool? seed)
    {
        sandbox.Reset(seedDemo: seed ?? true);
        return TypedResults.NoContent();
    }

    public static Ok<object> Counters(GraphSandbox sandbox) => TypedResults.Ok<object>(sandbox.Counters);
}
