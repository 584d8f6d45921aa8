using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Storage.Plans;

namespace OutlookFollowUp.Storage.Steps;

/// <summary>The claim rule, in one place for every worker: what may run now and what another worker holds.</summary>
public static class StepLease
{
    /// <summary>A planned step of an active plan, to run by <paramref name="now"/>, whose lease (if any) has expired.</summary>
    public static bool IsClaimable(PlanRecord plan, StepRecord step, DateTimeOffset now) =>
        plan.State == PlanState.Active
        && step.Step.Status == StepStatus.Planned
        && step.Step.RunAt <= now
        && !IsHeld(step, now);

    /// <summary>Another worker claimed the step and its lease has not expired yet.</summary>
    public static bool IsHeld(StepRecord step, DateTimeOffset now) => step.LeaseUntil is { } until && until > now;
}
