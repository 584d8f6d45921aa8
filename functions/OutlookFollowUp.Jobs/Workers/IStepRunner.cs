using OutlookFollowUp.Storage.Plans;
using OutlookFollowUp.Storage.Steps;

namespace OutlookFollowUp.Jobs.Workers;

/// <summary>
/// Makes one claimed step's item exist in the rep's mailbox: composes it and asks the mailbox gateway to ensure it,
/// idempotently by the step's key, so running a step twice (a crash, an expired lease) still leaves one item.
/// </summary>
public interface IStepRunner
{
    /// <exception cref="Exception">Anything the gateway or composition threw; the worker records it as the step's last error.</exception>
    Task<StepRunResult> RunAsync(StepRun run, CancellationToken cancellationToken);
}

/// <summary>A claimed step of its plan, and the worker's session for the mailbox (caches shared by its steps).</summary>
public sealed record StepRun(PlanRecord Plan, StepRecord Step, MailboxSession Session, bool FirstClaim = false)
{
    /// <summary>The step's idempotency key in the mailbox: the plan id and the step number, never reused in a plan.</summary>
    public string StepKey => StepKeys.For(Plan.PlanId, Step.Step.Number);

    /// <summary>
    /// This claim is not the step's first (<see cref="FirstClaim"/> is false): an earlier attempt may have made the item
    /// before it died, lost its answer or gave the step back, so the gateway looks for it before creating one.
    /// </summary>
    public bool ClaimedBefore => !FirstClaim;
}

/// <summary>The item's immutable id, and the content item a follow-up put in front of the prospect (to never repeat it).</summary>
public sealed record StepRunResult(string MailboxItemId, SentContent? Sent = null);
