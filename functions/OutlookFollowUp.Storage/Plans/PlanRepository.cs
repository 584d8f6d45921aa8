using System.Buffers.Text;
using System.Text;
using Azure;
using Azure.Data.Tables;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Scheduling;
using OutlookFollowUp.Storage.Active;
using OutlookFollowUp.Storage.Due;
using OutlookFollowUp.Storage.Tables;

namespace OutlookFollowUp.Storage.Plans;

/// <summary>
/// Plans and steps in the rep's partition of the plans table (see <see cref="PlanRows"/>). Every filter is built
/// with <see cref="TableClient.CreateQueryFilter(FormattableString)"/>, which quotes and escapes its arguments.
/// </summary>
internal sealed class PlanRepository(FollowUpTables tables, DueIndex dueIndex, ActivePlanIndex activePlans) : IPlanRepository
{
    public async Task<PlanRecord?> GetAsync(RepId rep, string planId, CancellationToken cancellationToken = default)
    {
        if (!PlanIds.IsWellFormed(planId))
        {
            return null;
        }

        var table = await tables.GetAsync(TableNames.Plans, cancellationToken);
        // The plan row is read before its steps: a write between the two reads changes the plan's ETag, so a save
        // based on this read fails with a conflict instead of writing old steps back over newer ones.
        var plan = await table.GetEntityIfExistsAsync<TableEntity>(rep.Key, PlanRows.Plan(planId), cancellationToken: cancellationToken);
        if (!plan.HasValue)
        {
            return null;
        }

        var steps = await ReadStepsAsync(table, rep, planId, planId, cancellationToken);
        return PlanEntities.ToRecord(rep, plan.Value!, steps);
    }

    public Task<PlanRecord?> FindByConversationAsync(RepId rep, string conversationId, CancellationToken cancellationToken = default) =>
        GetAsync(rep, PlanIds.ForConversation(conversationId), cancellationToken);

    public async Task<PlanPage> ListAsync(RepId rep, int pageSize, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, 1000);
        var table = await tables.GetAsync(TableNames.Plans, cancellationToken);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {rep.Key} and RowKey ge {PlanRows.PlansFrom} and RowKey lt {PlanRows.PlansTo}");
        var pages = table.QueryAsync<TableEntity>(filter, pageSize, cancellationToken: cancellationToken)
            .AsPages(DecodeToken(rep, continuationToken), pageSize);
        await foreach (var page in pages)
        {
            var plans = page.Values;
            if (plans.Count == 0)
            {
                return new PlanPage([], EncodeToken(rep, page.ContinuationToken));
            }

            // Plan rows come in key order, so the page's steps are one contiguous range of step rows.
            var steps = (await ReadStepsAsync(table, rep, PlanIdOf(plans[0]), PlanIdOf(plans[^1]), cancellationToken))
                .ToLookup(s => s.GetString(PlanEntities.PlanId));
            var items = plans.Select(p => PlanEntities.ToRecord(rep, p, steps[PlanIdOf(p)])).ToList();
            return new PlanPage(items, EncodeToken(rep, page.ContinuationToken));
        }

        return new PlanPage([], null);
    }

    public async Task<PlanRecord> SaveAsync(PlanRecord plan, CancellationToken cancellationToken = default)
    {
        Validate(plan);
        var planRow = PlanEntities.ToPlanEntity(plan);
        var stepRows = plan.Steps.Select(s => PlanEntities.ToStepEntity(plan, s)).ToList();

        var table = await tables.GetAsync(TableNames.Plans, cancellationToken);
        var stored = await ReadStepsAsync(table, plan.Rep, plan.PlanId, plan.PlanId, cancellationToken);
        var kept = stepRows.Select(r => r.RowKey).ToHashSet(StringComparer.Ordinal);
        var dropped = stored.Where(r => !kept.Contains(r.RowKey)).ToList();

        var indexed = DueEntriesOf(plan);
        // Index entries are written before the plan commits: if the process dies in between, the index has an
        // entry the sweep will find stale and drop, rather than a committed step that no entry will ever reach.
        await dueIndex.PutAsync(indexed, cancellationToken);
        // The same for the active-plans index: an entry for a plan that never became active is dropped by the reply check.
        if (plan.State == PlanState.Active)
        {
            await activePlans.PutAsync(plan.Rep, plan.PlanId, cancellationToken);
        }

        var actions = new List<TableTransactionAction>(1 + stepRows.Count + dropped.Count)
        {
            plan.Version is null
                ? new(TableTransactionActionType.Add, planRow)
                : new(TableTransactionActionType.UpdateReplace, planRow, new ETag(plan.Version)),
        };
        actions.AddRange(stepRows.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)));
        // The plan row's ETag guards the whole transaction, so deletions need no ETag of their own.
        actions.AddRange(dropped.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, ETag.All)));

        var result = await TableBatches.SubmitGuardedAsync(table, actions,
            $"Plan {plan.PlanId} changed since version '{plan.Version ?? "(new)"}' was read; nothing was saved.", cancellationToken);

        var current = indexed.ToHashSet();
        await dueIndex.RemoveStaleAsync(
            stored.Select(PlanEntities.ToStep).Where(s => s.Step.Status == StepStatus.Planned)
                .Select(s => new DueEntry(s.Step.RunAt, plan.Rep, plan.PlanId, s.Step.Number))
                .Where(e => !current.Contains(e)),
            cancellationToken);
        if (plan.State != PlanState.Active)
        {
            await activePlans.RemoveStaleAsync(plan.Rep, plan.PlanId, cancellationToken);
        }

        return plan with { Version = result.Value[0].Headers.ETag?.ToString() };
    }

    public async Task<PlanningInputs> GetPlanningInputsAsync(
        RepId rep, string prospectEmail, string timeZoneId, DateTimeOffset since, string? excludingPlanId = null, CancellationToken cancellationToken = default)
    {
        var zone = TimeZoneResolver.Resolve(timeZoneId);
        var prospectKey = PlanIds.ForProspect(prospectEmail);
        var table = await tables.GetAsync(TableNames.Plans, cancellationToken);
        // Steps that were cancelled or parked never reach the prospect or the calendar, so they do not count.
        var filter = string.Join(" and ",
            TableClient.CreateQueryFilter($"PartitionKey eq {rep.Key} and RowKey ge {PlanRows.StepsFrom} and RowKey lt {PlanRows.StepsTo}"),
            TableClient.CreateQueryFilter($"DueAt ge {since.ToUniversalTime()}"),
            TableClient.CreateQueryFilter($"(Status eq {nameof(StepStatus.Planned)} or Status eq {nameof(StepStatus.Done)})"),
            TableClient.CreateQueryFilter(
                $"(Kind eq {nameof(StepKind.Callback)} or (Kind eq {nameof(StepKind.FollowUp)} and ProspectKey eq {prospectKey}))"));

        var followUps = new List<DateTimeOffset>();
        var callbacks = new Dictionary<DateOnly, int>();
        var columns = new[] { PlanEntities.PlanId, PlanEntities.Kind, PlanEntities.DueAt };
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: columns, cancellationToken: cancellationToken))
        {
            if (row.GetString(PlanEntities.PlanId) == excludingPlanId || row.GetDateTimeOffset(PlanEntities.DueAt) is not { } due)
            {
                continue;
            }

            if (row.GetString(PlanEntities.Kind) == nameof(StepKind.FollowUp))
            {
                followUps.Add(due);
            }
            else
            {
                var day = LocalTimeConverter.DateOf(due, zone);
                callbacks[day] = callbacks.GetValueOrDefault(day) + 1;
            }
        }

        followUps.Sort();
        return new PlanningInputs(followUps, callbacks);
    }

    private static void Validate(PlanRecord plan)
    {
        if (plan.IsPartial)
        {
            throw new ArgumentException("This plan was read with only some of its steps; read it whole before saving it whole.", nameof(plan));
        }

        if (plan.PlanId != PlanIds.ForConversation(plan.Thread.ConversationId))
        {
            throw new ArgumentException("PlanId must be derived from the thread's conversation id (PlanIds.ForConversation).", nameof(plan));
        }

        if (plan.Steps.Count > PlanRecord.MaxSteps)
        {
            throw new StorageLimitException($"A plan has at most {PlanRecord.MaxSteps} steps; this one has {plan.Steps.Count}.");
        }

        if (plan.Steps.Any(s => s.Step.Number is < 0 or > PlanRows.MaxStepNumber)
            || plan.Steps.Select(s => s.Step.Number).Distinct().Count() != plan.Steps.Count)
        {
            throw new ArgumentException($"Step numbers must be unique and between 0 and {PlanRows.MaxStepNumber}.", nameof(plan));
        }
    }

    /// <summary>Only planned steps of an active plan are due; pausing or closing a plan takes its steps out of the index.</summary>
    internal static List<DueEntry> DueEntriesOf(PlanRecord plan) =>
        plan.State != PlanState.Active
            ? []
            : [.. plan.Steps.Where(s => s.Step.Status == StepStatus.Planned)
                .Select(s => new DueEntry(s.Step.RunAt, plan.Rep, plan.PlanId, s.Step.Number))];

    private static async Task<List<TableEntity>> ReadStepsAsync(
        TableClient table, RepId rep, string firstPlanId, string lastPlanId, CancellationToken cancellationToken)
    {
        var (from, to) = PlanRows.StepsOf(firstPlanId, lastPlanId);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {rep.Key} and RowKey ge {from} and RowKey lt {to}");
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    private static string PlanIdOf(TableEntity planRow) => planRow.RowKey[PlanRows.PlansFrom.Length..];

    // The SDK's token holds the next row's keys. Callers get it bound to the rep and base64url-encoded: opaque, safe
    // in a query string, and refused when it was issued to someone else. (Even a forged token could only move the
    // start of the listing: the filter names the rep's partition.)
    private static string? EncodeToken(RepId rep, string? token) =>
        token is null ? null : Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{rep.Key}\n{token}"));

    private static string? DecodeToken(RepId rep, string? token)
    {
        if (token is null)
        {
            return null;
        }

        var prefix = rep.Key + "\n";
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        catch (FormatException e)
        {
            throw new ArgumentException("The continuation token is not one this service issued.", nameof(token), e);
        }

        return decoded.StartsWith(prefix, StringComparison.Ordinal) && decoded.Length > prefix.Length
            ? decoded[prefix.Length..]
            : throw new ArgumentException("The continuation token is not one this service issued to this rep.", nameof(token));
    }
}
