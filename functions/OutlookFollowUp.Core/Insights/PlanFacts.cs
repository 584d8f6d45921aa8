using OutlookFollowUp.Core.Planning;

namespace OutlookFollowUp.Core.Insights;

/// <summary>
/// What the insights need to know about one plan: who marked it, why and when, the rep's debrief, whether the prospect
/// came back (a reply, or a callback re-opened, and after which step: null when before any step had run) and how a
/// closed plan ended (null while it is open).
/// </summary>
public sealed record PlanFacts(
    Guid RepObjectId,
    string RepName,
    string ReasonCode,
    SalesStage Stage,
    DateTimeOffset MarkedAt,
    SelfDebrief? Debrief,
    bool Replied,
    bool Reopened,
    StepRef? EngagedAfter,
    PlanOutcome? Outcome)
{
    /// <summary>The "no" turned into a conversation: the prospect came back, or the rep closed the plan as re-engaged or won.</summary>
    public bool ReEngaged => Replied || Reopened || Outcome is PlanOutcome.ReEngaged or PlanOutcome.Won;

    /// <summary>The prospect came back while the plan ran; only then does <see cref="EngagedAfter"/> mean anything.</summary>
    public bool Engaged => Replied || Reopened;
}
