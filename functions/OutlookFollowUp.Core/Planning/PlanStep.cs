namespace OutlookFollowUp.Core.Planning;

/// <summary>
/// One step of a plan. <see cref="Number"/> is unique and never reused within a plan (re-planning appends new
/// numbers), so it can be part of the step's idempotency key in the mailbox. <see cref="ValueProposition"/> says
/// whether a follow-up should carry product-related content rather than purely helpful content.
/// </summary>
public sealed record PlanStep(int Number, StepKind Kind, DateTimeOffset DueAt, StepStatus Status = StepStatus.Planned, bool ValueProposition = false)
{
    public bool HasRun => Status == StepStatus.Done;
}
