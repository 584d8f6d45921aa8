using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Core.Planning;

/// <summary>Turns a reason's follow-up cadence into due instants that respect the rep's calendar and the prospect's attention.</summary>
internal sealed class FollowUpScheduler(BusinessCalendar calendar, PlanningPolicy policy)
{
    /// <summary>
    /// Each cadence day counts local calendar days from the mark and lands at the start of a working day, then the
    /// attention guard spaces it from <paramref name="history"/>; follow-ups that end up on or after the callback's day
    /// are left out, since the call itself is the next touch.
    /// </summary>
    public IReadOnlyList<DateTimeOffset> Schedule(IEnumerable<int> cadenceDays, DateTimeOffset now, DateOnly callbackDay, IEnumerable<DateTimeOffset> history)
    {
        var today = calendar.LocalDateOf(now);

        // A tenant's cadence of zero days means "as soon as possible", which is the next working-day start, not the past.
        var candidates = cadenceDays.Distinct().Select(days =>
        {
            var dayStart = calendar.WorkdayStartOn(today.AddDays(days));
            return calendar.FirstWorkdayStartAtOrAfter(dayStart < now ? now : dayStart);
        });
        return [.. new AttentionGuard(calendar, policy.QuietPeriod)
            .Place(candidates, history)
            .Where(instant => calendar.LocalDateOf(instant) < callbackDay)];
    }
}
