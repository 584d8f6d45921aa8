using System.Globalization;
using OutlookFollowUp.Core.Planning;

namespace OutlookFollowUp.Core.Insights;

/// <summary>
/// Turns plan facts into a team's insights. Only plans marked from <c>from</c> to <c>to</c> (UTC days, both included)
/// count, and every month of the range is listed even when nothing was marked in it, so a chart has no gaps.
/// </summary>
public static class InsightsCalculator
{
    public static TeamInsights Compute(IEnumerable<PlanFacts> plans, DateOnly from, DateOnly to, Func<string, string> reasonLabel)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(reasonLabel);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(from, to);

        var marked = plans.Where(p => DayOf(p) >= from && DayOf(p) <= to).ToList();
        var reasons = marked.GroupBy(p => p.ReasonCode, StringComparer.Ordinal)
            .Select(g => Reason(g.Key, reasonLabel(g.Key), [.. g]))
            .OrderByDescending(r => r.Plans).ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();

        return new TeamInsights(
            from,
            to,
            marked.Count,
            marked.Count(p => p.ReEngaged),
            reasons,
            Enum.GetValues<SalesStage>(),
            [.. marked.GroupBy(p => (p.ReasonCode, p.Stage))
                .Select(g => new ReasonStageCount(g.Key.ReasonCode, g.Key.Stage, g.Count()))
                .OrderBy(c => c.Reason, StringComparer.Ordinal).ThenBy(c => c.Stage)],
            [.. marked.GroupBy(p => p.RepObjectId).Select(Rep)
                .OrderByDescending(r => r.Plans).ThenBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.RepId)],
            OverTime(marked, from, to),
            [.. reasons.SelectMany(r => Debrief(r.Code, marked.Where(p => p.ReasonCode == r.Code)))]);
    }

    private static DateOnly DayOf(PlanFacts plan) => DateOnly.FromDateTime(plan.MarkedAt.UtcDateTime);

    private static ReasonInsight Reason(string code, string label, List<PlanFacts> plans) => new(
        code,
        label,
        plans.Count,
        plans.Count(p => p.ReEngaged),
        plans.Count(p => p.Replied),
        plans.Count(p => p.Reopened),
        [.. plans.Where(p => p.Engaged)
            .GroupBy(p => (p.EngagedAfter?.Kind, Ordinal: p.EngagedAfter?.Ordinal ?? 0))
            .Select(g => new AfterStepCount(g.Key.Kind, g.Key.Ordinal, g.Count()))
            // Before any step first, then in the order a plan runs its steps.
            .OrderBy(a => a.Kind.HasValue).ThenBy(a => a.Kind).ThenBy(a => a.Ordinal)],
        new OutcomeCounts(
            plans.Count(p => p.Outcome == PlanOutcome.ReEngaged),
            plans.Count(p => p.Outcome == PlanOutcome.Won),
            plans.Count(p => p.Outcome == PlanOutcome.StillNo)));

    // A rep may have marked under different names over time (a renamed account): show the newest non-empty one.
    private static RepInsight Rep(IGrouping<Guid, PlanFacts> plans) => new(
        plans.Key,
        plans.Where(p => p.RepName.Length > 0).OrderByDescending(p => p.MarkedAt).Select(p => p.RepName).FirstOrDefault() ?? "",
        plans.Count(),
        plans.Count(p => p.ReEngaged));

    private static List<MonthInsight> OverTime(List<PlanFacts> plans, DateOnly from, DateOnly to)
    {
        var byMonth = plans.ToLookup(p => Month(DayOf(p)), StringComparer.Ordinal);
        var months = new List<MonthInsight>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var inMonth = byMonth[Month(month)].ToList();
            months.Add(new MonthInsight(
                Month(month),
                inMonth.Count,
                new SortedDictionary<string, int>(
                    inMonth.GroupBy(p => p.ReasonCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
                    StringComparer.Ordinal)));
        }

        return months;
    }

    private static string Month(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static IEnumerable<DebriefInsight> Debrief(string reason, IEnumerable<PlanFacts> plans)
    {
        var debriefed = plans.Where(p => p.Debrief is not null).ToList();
        foreach (var question in DebriefQuestion.All)
        {
            var yes = debriefed.Where(p => question.Answer(p.Debrief!) == true).ToList();
            var no = debriefed.Where(p => question.Answer(p.Debrief!) == false).ToList();
            if (yes.Count + no.Count > 0)
            {
                yield return new DebriefInsight(question.Code, question.Label, reason, yes.Count, no.Count,
                    yes.Count(p => p.ReEngaged), no.Count(p => p.ReEngaged));
            }
        }
    }
}
