using Azure;
using Azure.Data.Tables;
using OutlookFollowUp.Storage.Plans;
using OutlookFollowUp.Storage.Tables;

namespace OutlookFollowUp.Storage.Steps;

/// <summary>
/// Step writes in the rep's partition of the plans table. The plan row is merged with no change of its own, under
/// its ETag: that is the whole point of writing it, since the new ETag tells every later reader of the plan that its
/// steps changed, and the If-Match refuses the write when the plan changed first.
/// </summary>
internal sealed class StepStore(FollowUpTables tables) : IStepStore
{
    private const string Items = nameof(Items);

    public async Task<PlanRecord?> GetStepsAsync(RepId rep, string planId, IReadOnlyCollection<int> stepNumbers, CancellationToken cancellationToken = default)
    {
        if (!PlanIds.IsWellFormed(planId))
        {
            return null;
        }

        var table = await tables.GetAsync(TableNames.Plans, cancellationToken);
        var plan = await table.GetEntityIfExistsAsync<TableEntity>(rep.Key, PlanRows.Plan(planId), cancellationToken: cancellationToken);
        if (!plan.HasValue)
        {
            return null;
        }

        var steps = await Task.WhenAll(stepNumbers.Distinct().Where(n => n is >= 0 and <= PlanRows.MaxStepNumber).Select(n =>
            table.GetEntityIfExistsAsync<TableEntity>(rep.Key, PlanRows.Step(planId, n), cancellationToken: cancellationToken)));
        return PlanEntities.ToRecord(rep, plan.Value!, steps.Where(s => s.HasValue).Select(s => s.Value!)) with { IsPartial = true };
    }

    public Task<PlanRecord> ClaimAsync(
        PlanRecord plan, IReadOnlyCollection<int> stepNumbers, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        var wanted = stepNumbers.ToHashSet();
        var claimed = plan.Steps.Where(s => wanted.Contains(s.Step.Number))
            .Select(s => s with { LeaseUntil = leaseUntil, Attempts = s.Attempts + 1, StartedAt = s.StartedAt ?? now })
            .ToList();
        return claimed.Count == wanted.Count
            ? SaveStepsAsync(plan, claimed, null, cancellationToken)
            : throw new ArgumentException("Every claimed step must be one of the plan's steps.", nameof(stepNumbers));
    }

    public async Task<PlanRecord> SaveStepsAsync(
        PlanRecord plan, IReadOnlyList<StepRecord> steps, IReadOnlyList<SentContent>? sent = null, CancellationToken cancellationToken = default)
    {
        if (plan.Version is null)
        {
            throw new ArgumentException("Steps can only be written for a plan read from storage (it needs its version).", nameof(plan));
        }

        var byNumber = steps.ToDictionary(s => s.Step.Number);
        if (byNumber.Count != steps.Count || byNumber.Keys.Any(n => plan.Steps.All(s => s.Step.Number != n)))
        {
            throw new ArgumentException("Steps must be distinct steps of the plan.", nameof(steps));
        }

        var table = await tables.GetAsync(TableNames.Plans, cancellationToken);
        var actions = new List<TableTransactionAction>(2 + steps.Count)
        {
            new(TableTransactionActionType.UpdateMerge, new TableEntity(plan.Rep.Key, PlanRows.Plan(plan.PlanId)), new ETag(plan.Version)),
        };
        actions.AddRange(steps.Select(s => new TableTransactionAction(TableTransactionActionType.UpsertReplace, PlanEntities.ToStepEntity(plan, s))));
        foreach (var prospect in (sent ?? []).GroupBy(s => SentRows.Row(s.ProspectEmail)))
        {
            actions.Add(await SentActionAsync(table, plan.Rep, prospect.Key, prospect, cancellationToken));
        }

        var result = await TableBatches.SubmitGuardedAsync(table, actions,
            $"Plan {plan.PlanId} (or its prospect's sent content) changed since it was read; no step was written.", cancellationToken);

        return plan with
        {
            Steps = [.. plan.Steps.Select(s => byNumber.GetValueOrDefault(s.Step.Number, s))],
            Version = result.Value[0].Headers.ETag?.ToString(),
        };
    }

    public async Task<IReadOnlySet<string>> GetSentContentAsync(RepId rep, string prospectEmail, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableNames.Plans, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(rep.Key, SentRows.Row(prospectEmail), cancellationToken: cancellationToken);
        return row.HasValue ? ItemsOf(row.Value!) : new HashSet<string>(StringComparer.Ordinal);
    }

    /// <summary>
    /// The prospect's sent row with the new ids added, written only if nobody changed it since this read (its ETag), or
    /// created only if it still does not exist: two follow-ups to one prospect can never lose each other's item.
    /// </summary>
    private static async Task<TableTransactionAction> SentActionAsync(
        TableClient table, RepId rep, string rowKey, IEnumerable<SentContent> sent, CancellationToken cancellationToken)
    {
        var current = await table.GetEntityIfExistsAsync<TableEntity>(rep.Key, rowKey, cancellationToken: cancellationToken);
        var items = current.HasValue ? EntriesOf(current.Value!) : [];
        items.AddRange(sent.Where(s => items.All(i => i.Id != s.ContentItemId))
            .Select(s => new SentEntry(s.ContentItemId, s.PlanId, s.StepNumber, s.SentAt.ToUniversalTime())));
        var entity = new TableEntity(rep.Key, rowKey) { [Items] = StoredJson.Serialize(items) };
        // A prospect gets a follow-up every few weeks at most, so the row stays far below the 64 KiB property limit;
        // should it ever reach it, the step fails with a clear error rather than forgetting what was sent.
        EntityLimits.Validate(entity);
        return current.HasValue
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, current.Value!.ETag)
            : new TableTransactionAction(TableTransactionActionType.Add, entity);
    }

    private static HashSet<string> ItemsOf(TableEntity row) => new(EntriesOf(row).Select(e => e.Id), StringComparer.Ordinal);

    private static List<SentEntry> EntriesOf(TableEntity row) => StoredJson.Deserialize<List<SentEntry>>(row.GetString(Items), Items);

    /// <summary>One item in a prospect's history: which, for which step, when.</summary>
    private sealed record SentEntry(string Id, string PlanId, int Step, DateTimeOffset At);
}
