using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Core.Replies;

/// <summary>
/// Moves a plan's remaining steps past the prospect's absence, keeping the rhythm the plan was built with: every
/// planned step moves by the same number of days, then onto a business day at its own local time of day.
/// </summary>
/// <remarks>
/// The plan resumes on the second business day after the last day away rather than the first: whoever comes back
/// from leave works through a full inbox, and a follow-up read that morning is the one most likely skipped.
/// </remarks>
public static class AwayShifter
{
    public static IReadOnlyList<PlanStep> Shift(IReadOnlyList<PlanStep> steps, DateOnly lastDayAway, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(calendar);

        var planned = steps.Where(s => s.Status == StepStatus.Planned).ToList();
        if (planned.Count == 0)
        {
            return steps;
        }

        var earliest = calendar.LocalDateOf(planned.Min(s => s.DueAt));
        if (earliest > calendar.AddBusinessDays(lastDayAway, 1))
        {
            return steps;
        }

        var days = calendar.AddBusinessDays(lastDayAway, 2).DayNumber - earliest.DayNumber;
        return [.. steps
            .Select(s => s.Status == StepStatus.Planned ? Moved(s, days, calendar) : s)
            .OrderBy(s => s.DueAt)
            .ThenBy(s => s.Number)];
    }

    private static PlanStep Moved(PlanStep step, int days, BusinessCalendar calendar)
    {
        var local = TimeZoneInfo.ConvertTime(step.DueAt, calendar.Zone).DateTime;
        var day = calendar.NextBusinessDay(DateOnly.FromDateTime(local).AddDays(days));
        return step with { DueAt = calendar.ToUtc(day, TimeOnly.FromDateTime(local)) };
    }
}
