using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Storage.Plans;

/// <summary>
/// A marked "no" and its steps, as stored. <see cref="PlanId"/> is derived from the conversation id
/// (<see cref="PlanIds.ForConversation"/>), so marking the same thread again finds this plan instead of creating another.
/// <see cref="Version"/> is an opaque optimistic-concurrency token: null for a plan that has never been saved, else the
/// one it was read with or <see cref="IPlanRepository.SaveAsync"/> returned. It covers the steps too, because every
/// write of a step goes through a transaction with the plan row (code that changes steps must keep it so).
/// </summary>
public sealed record PlanRecord(
    string PlanId,
    RepId Rep,
    ThreadRef Thread,
    NoMark Mark,
    RepCalendar Calendar,
    PlanState State,
    PlanOutcome? Outcome,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<StepRecord> Steps,
    string? Version = null)
{
    /// <summary>
    /// A save is one transaction of at most 100 entities: the plan row, every step, and the deletion of every step
    /// that was dropped. With at most 49 steps before and after, that is at most 1 + 49 + 49.
    /// </summary>
    public const int MaxSteps = 49;

    /// <summary>
    /// True for a plan read with only some of its steps (<see cref="Steps.IStepStore.GetStepsAsync"/>): enough to claim
    /// and record those steps, never to save the plan whole, which would delete the steps it does not hold.
    /// </summary>
    public bool IsPartial { get; init; }

    /// <summary>
    /// The rep's display name as their token gave it when they last marked the thread: drafts are signed with it, since
    /// the sweep reads no profile. Empty when the token carried no name.
    /// </summary>
    public string RepName { get; init; } = "";

    /// <summary>Set when the prospect re-engaged (a reply, or a callback re-opened): the plan was paused for that.</summary>
    public Engagement? Engagement { get; init; }

    /// <summary>
    /// The last day the prospect said they were away (an automatic reply), after which the remaining steps were moved.
    /// </summary>
    public DateOnly? AwayUntil { get; init; }

    /// <summary>
    /// Received instant of the newest inbound message the reply check has acted on: older ones are never acted on
    /// twice (an out-of-office shifts the plan once). Null until the check first acts.
    /// </summary>
    public DateTimeOffset? RepliesCheckedUpTo { get; init; }

    /// <summary>
    /// The plan in <paramref name="state"/> (paused or closed) with every step that has not run cancelled, so nothing
    /// more reaches the mailbox: what the rep's pause and close, a prospect's reply and a re-opened call all do.
    /// </summary>
    public PlanRecord Stopped(PlanState state) => this with
    {
        State = state,
        Steps = [.. Steps.Select(s => s.Step.Status == StepStatus.Planned ? s with { Step = s.Step with { Status = StepStatus.Cancelled } } : s)],
    };

    /// <summary>A plan that has not been saved yet, active, with its id derived from the thread.</summary>
    public static PlanRecord New(RepId rep, ThreadRef thread, NoMark mark, RepCalendar calendar, IEnumerable<PlanStep> steps, DateTimeOffset now) =>
        new(PlanIds.ForConversation(thread.ConversationId), rep, thread, mark, calendar, PlanState.Active, null, now, now,
            [.. steps.Select(s => new StepRecord(s))]);
}
