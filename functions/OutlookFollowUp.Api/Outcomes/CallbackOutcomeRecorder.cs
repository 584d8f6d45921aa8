using OutlookFollowUp.Api.Plans;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Reasons;
using OutlookFollowUp.Storage;
using OutlookFollowUp.Storage.Plans;

namespace OutlookFollowUp.Api.Outcomes;

/// <summary>Why an outcome was not recorded; <see cref="None"/> when it was.</summary>
internal enum OutcomeRefusal
{
    None,
    NotFound,
    NotACallback,
    BeforeTheCall,
    PlanClosed,
    KeptChanging,
}

/// <summary>The plan after recording (or as it was, when refused), with the catalog its reason label comes from.</summary>
internal sealed record OutcomeRecording(OutcomeRefusal Refusal, PlanRecord? Plan, ReasonCatalog Catalog);

/// <summary>
/// Records what happened on a callback, for the add-in's API call and the event's link alike. Recording again
/// replaces the earlier outcome. "Re-opened" means the prospect is talking again: an active plan pauses (its planned
/// steps are cancelled, as when the rep pauses it) and the plan remembers the engagement for the managers' insights,
/// unless an earlier reply or re-opening is already recorded.
/// </summary>
internal static class CallbackOutcomeRecorder
{
    private const int Attempts = 3;

    public static async Task<OutcomeRecording> RecordAsync(
        RepId rep, string planId, int number, CallbackOutcome outcome, PlanServices services, CancellationToken cancellationToken)
    {
        var (catalog, _) = await services.CatalogAsync(rep.TenantId, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var plan = PlanIds.IsWellFormed(planId) ? await services.Plans.GetAsync(rep, planId, cancellationToken) : null;
            var now = services.Time.GetUtcNow();
            var refusal = Check(plan, number, now);
            if (refusal != OutcomeRefusal.None)
            {
                return new(refusal, plan, catalog);
            }

            try
            {
                var saved = await services.Plans.SaveAsync(Apply(plan!, number, outcome, now), cancellationToken);
                return new(OutcomeRefusal.None, saved, catalog);
            }
            catch (ConcurrencyConflictException) when (attempt < Attempts)
            {
                // The sweep or another request saved the plan meanwhile: read it again and re-apply.
            }
            catch (ConcurrencyConflictException)
            {
                return new(OutcomeRefusal.KeptChanging, plan, catalog);
            }
        }
    }

    /// <summary>Whether step <paramref name="number"/> of the plan can take an outcome now.</summary>
    public static OutcomeRefusal Check(PlanRecord? plan, int number, DateTimeOffset now)
    {
        var step = plan?.Steps.FirstOrDefault(s => s.Step.Number == number)?.Step;
        return step switch
        {
            null => OutcomeRefusal.NotFound,
            { Kind: not StepKind.Callback } => OutcomeRefusal.NotACallback,
            _ when plan!.State == PlanState.Closed => OutcomeRefusal.PlanClosed,
            _ when !CallbackOutcomeRule.CanRecord(step, now) => OutcomeRefusal.BeforeTheCall,
            _ => OutcomeRefusal.None,
        };
    }

    private static PlanRecord Apply(PlanRecord plan, int number, CallbackOutcome outcome, DateTimeOffset now)
    {
        var steps = plan.Steps.Select(s => s.Step.Number == number ? s with { Outcome = outcome, OutcomeAt = now } : s).ToArray();
        var changed = plan with { Steps = steps, UpdatedAt = now };
        if (outcome != CallbackOutcome.Reopened)
        {
            return changed;
        }

        var call = StepRef.Of(plan.Steps.Select(s => s.Step), number);
        changed = changed with { Engagement = plan.Engagement ?? new Engagement(EngagementSource.CallbackReopened, now, call) };
        return plan.State == PlanState.Active
            ? changed.Stopped(PlanState.Paused)
            : changed;
    }
}
