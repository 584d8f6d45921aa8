using System.Text.Json.Serialization;
using OutlookFollowUp.Core.Insights;
using OutlookFollowUp.Core.Planning;

namespace OutlookFollowUp.Api.Contracts;

/// <summary>
/// <c>GET /api/insights</c>: the tenant's "no"s marked from <c>from</c> to <c>to</c> (UTC days, both included) and how
/// many were re-engaged (the prospect replied, a callback re-opened the conversation, or the rep closed the plan as
/// <c>re-engaged</c> or <c>won</c>). Reasons come most frequent first; <c>overTime</c> has every month of the range.
/// </summary>
public sealed record InsightsResponse(
    DateOnly From,
    DateOnly To,
    int TotalPlans,
    int ReEngaged,
    IReadOnlyList<ReasonInsightDto> Reasons,
    IReadOnlyList<string> Stages,
    IReadOnlyList<ReasonStageDto> ByReasonAndStage,
    IReadOnlyList<RepInsightDto> ByRep,
    IReadOnlyList<MonthInsightDto> OverTime,
    IReadOnlyList<DebriefInsightDto> Debrief)
{
    public static InsightsResponse Of(TeamInsights insights) => new(
        insights.From,
        insights.To,
        insights.TotalPlans,
        insights.ReEngaged,
        [.. insights.Reasons.Select(r => new ReasonInsightDto(
            r.Code, r.Label, r.Plans, r.ReEngaged, r.Replied, r.Reopened,
            [.. r.AfterStep.Select(a => new AfterStepDto(a.Kind, a.Ordinal, a.Plans))],
            new OutcomesDto(r.Outcomes.ReEngaged, r.Outcomes.Won, r.Outcomes.StillNo)))],
        [.. insights.Stages.Select(Http.ApiJson.Name)],
        [.. insights.ByReasonAndStage.Select(c => new ReasonStageDto(c.Reason, c.Stage, c.Plans))],
        [.. insights.ByRep.Select(r => new RepInsightDto(r.RepId, r.Name, r.Plans, r.ReEngaged))],
        [.. insights.OverTime.Select(m => new MonthInsightDto(m.Month, m.Plans, m.ByReason))],
        [.. insights.Debrief.Select(d => new DebriefInsightDto(d.Question, d.Label, d.Reason, d.Yes, d.No, d.ReEngagedWhenYes, d.ReEngagedWhenNo))]);
}

/// <summary>One reason's plans; <c>afterStep</c> counts those whose prospect came back, by the step they came back after.</summary>
public sealed record ReasonInsightDto(
    string Code,
    string Label,
    int Plans,
    int ReEngaged,
    int Replied,
    int Reopened,
    IReadOnlyList<AfterStepDto> AfterStep,
    OutcomesDto Outcomes);

/// <summary><c>kind</c> null with <c>ordinal</c> 0: the prospect came back before any step had run.</summary>
public sealed record AfterStepDto(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] StepKind? Kind,
    int Ordinal,
    int Plans);

public sealed record OutcomesDto(int ReEngaged, int Won, int StillNo);

public sealed record ReasonStageDto(string Reason, SalesStage Stage, int Plans);

public sealed record RepInsightDto(Guid RepId, string Name, int Plans, int ReEngaged);

/// <summary><c>month</c> is "yyyy-MM" (UTC); <c>byReason</c> lists only reasons with plans that month.</summary>
public sealed record MonthInsightDto(string Month, int Plans, IReadOnlyDictionary<string, int> ByReason);

public sealed record DebriefInsightDto(
    string Question,
    string Label,
    string Reason,
    int Yes,
    int No,
    int ReEngagedWhenYes,
    int ReEngagedWhenNo);
