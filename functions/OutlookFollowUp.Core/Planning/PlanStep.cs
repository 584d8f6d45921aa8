namespace OutlookFollowUp.Core.Planning;

/// <summary>
/// One step of a plan. <see cref="Number"/> is unique and never reused within a plan (re-planning appends new
/// numbers), so it can be part of the step's idempotency key in the mailbox. <see cref="ValueProposition"/> says
/// whether a follow-up should carry product-related content rather than purely helpful content. <see cref="DueAt"/> is
/// when the step happens for the prospect: the draft's date, or the call itself.
/// </summary>
public sealed record PlanStep(int Number, StepKind Kind, DateTimeOffset DueAt, StepStatus Status = StepStatus.Planned, bool ValueProposition = false)
{
    /// <summary>
    /// How long before the call its event is put in the rep's calendar: early enough to see it coming and plan the
    /// week around it, late enough that the free slot is chosen from a calendar that is nearly settled.
    /// </summary>
    public static readonly TimeSpan CallbackLead = TimeSpan.FromDays(14);

    public bool HasRun => Status == StepStatus.Done;

    /// <summary>
    /// When the sweep runs the step: its due instant, except for a callback, whose event is made
    /// <see cref="CallbackLead"/> before the call (at once when the call is sooner).
    /// </summary>
    public DateTimeOffset RunAt => Kind == StepKind.Callback ? DueAt - CallbackLead : DueAt;
}
