using System.Text.Json;
using OutlookFollowUp.Storage.Plans;

namespace OutlookFollowUp.Integration.Tests.Storage;

/// <summary>Compares plans member by member, lists and nested records included (record equality compares list references).</summary>
internal static class RecordAssert
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static void SamePlan(PlanRecord expected, PlanRecord? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(Normalized(expected), Normalized(actual));
    }

    // Versions differ by design; instants are compared in UTC, as stored.
    private static string Normalized(PlanRecord plan) => JsonSerializer.Serialize(
        plan with
        {
            Version = null,
            CreatedAt = plan.CreatedAt.ToUniversalTime(),
            UpdatedAt = plan.UpdatedAt.ToUniversalTime(),
            Steps = [.. plan.Steps.Select(s => s with { Step = s.Step with { DueAt = s.Step.DueAt.ToUniversalTime() }, LeaseUntil = s.LeaseUntil?.ToUniversalTime() })],
        },
        Options);
}
