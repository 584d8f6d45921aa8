namespace OutlookFollowUp.Core.Scheduling;

/// <summary>
/// Keeps follow-ups to one prospect at least a quiet period apart, however many plans the rep has for them, so
/// that the messages stay welcome instead of becoming noise ("attention erosion").
/// </summary>
public sealed class AttentionGuard
{
    private readonly BusinessCalendar _calendar;
    private readonly TimeSpan _quietPeriod;

    public AttentionGuard(BusinessCalendar calendar, TimeSpan quietPeriod)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfLessThan(quietPeriod, TimeSpan.Zero);
        _calendar = calendar;
        _quietPeriod = quietPeriod;
    }

    /// <summary>
    /// Places <paramref name="candidates"/>, earliest first, among the follow-ups already planned or sent to the
    /// prospect. A candidate closer than the quiet period to any of them only ever moves later: to the start of the
    /// first working day at least a quiet period after the follow-up it clashes with. Returns the placed instants
    /// in order; moving later never reorders them, so the n-th result belongs to the n-th earliest candidate.
    /// </summary>
    public IReadOnlyList<DateTimeOffset> Place(IEnumerable<DateTimeOffset> candidates, IEnumerable<DateTimeOffset> history)
    {
        var taken = history.ToList();
        var placed = new List<DateTimeOffset>();
        foreach (var candidate in candidates.Order())
        {
            var instant = candidate;
            while (LatestClash(instant, taken) is { } clash)
            {
                instant = _calendar.FirstWorkdayStartAtOrAfter(clash + _quietPeriod);
            }

            taken.Add(instant);
            placed.Add(instant);
        }

        return placed;
    }

    // The latest clash is the one to clear: clearing an earlier one could land inside the later one's quiet period.
    private DateTimeOffset? LatestClash(DateTimeOffset instant, List<DateTimeOffset> taken)
    {
        DateTimeOffset? latest = null;
        foreach (var other in taken)
        {
            if ((instant - other).Duration() < _quietPeriod && (latest is null || other > latest))
            {
                latest = other;
            }
        }

        return latest;
    }
}
