using OutlookFollowUp.Core.Planning;

namespace OutlookFollowUp.Core.Insights;

/// <summary>
/// A team's "no"s marked from <see cref="From"/> to <see cref="To"/> (both days included, UTC) and how many turned into
/// a conversation (<see cref="PlanFacts.ReEngaged"/>): by reason, stage, rep, month and debrief answer.
/// </summary>
public sealed record TeamInsights(
    DateOnly From,
    DateOnly To,
    int TotalPlans,
    int ReEngaged,
    IReadOnlyList<ReasonInsight> Reasons,
    IReadOnlyList<SalesStage> Stages,
    IReadOnlyList<ReasonStageCount> ByReasonAndStage,
    IReadOnlyList<RepInsight> ByRep,
    IReadOnlyList<MonthInsight> OverTime,
    IReadOnlyList<DebriefInsight> Debrief);

/// <summary>One reason's plans; <see cref="AfterStep"/> counts the plans whose prospect came back, by the step they came back after.</summary>
public sealed record ReasonInsight(
    string Code,
    string Label,
    int Plans,
    int ReEngaged,
    int Replied,
    int Reopened,
    IReadOnlyList<AfterStepCount> AfterStep,
    OutcomeCounts Outcomes);

/// <summary>Plans re-engaged after a step (<see cref="Kind"/> null, <see cref="Ordinal"/> 0: before any step had run).</summary>
public sealed record AfterStepCount(StepKind? Kind, int Ordinal, int Plans);

/// <summary>Closed plans by the outcome the rep gave them.</summary>
public sealed record OutcomeCounts(int ReEngaged, int Won, int StillNo);

public sealed record ReasonStageCount(string Reason, SalesStage Stage, int Plans);

/// <summary>A rep's plans; <see cref="Name"/> is the newest name the rep marked with.</summary>
public sealed record RepInsight(Guid RepId, string Name, int Plans, int ReEngaged);

/// <summary>A UTC month ("yyyy-MM"); <see cref="ByReason"/> lists only reasons with plans that month.</summary>
public sealed record MonthInsight(string Month, int Plans, IReadOnlyDictionary<string, int> ByReason);

/// <summary>How one reason's plans answered one debrief question, and how many of each answer were re-engaged.</summary>
public sealed record DebriefInsight(
    string Question,
    string Label,
    string Reason,
    int Yes,
    int No,
    int ReEngagedWhenYes,
    int ReEngagedWhenNo);
