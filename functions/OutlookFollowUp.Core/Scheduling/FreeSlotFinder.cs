namespace OutlookFollowUp.Core.Scheduling;

/// <summary>Finds room for a meeting of a given length inside a rep's working hours on one day.</summary>
public sealed class FreeSlotFinder(BusinessCalendar calendar)
{
    /// <summary>
    /// Where a callback goes when nothing else says otherwise: an hour into the working day, clamped to working
    /// hours. The first hour is when reps clear their inbox, and a mid-morning call finds prospects at their desks
    /// more often than one at the first minute of the day.
    /// </summary>
    public static TimeSpan DefaultDelayAfterWorkdayStart { get; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The start of the first free slot of <paramref name="duration"/> on <paramref name="date"/>, looking from
    /// <paramref name="preferredStart"/> (or the start of the working day) to its end, then, if nothing fits there,
    /// from the start of the working day. Null when the day is not a business day or has no room.
    /// </summary>
    public DateTimeOffset? FirstFreeSlot(DateOnly date, IEnumerable<BusyInterval> busy, TimeSpan duration, TimeOnly? preferredStart = null)
    {
        ArgumentNullException.ThrowIfNull(busy);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        if (!calendar.IsBusinessDay(date))
        {
            return null;
        }

        var dayStart = calendar.WorkdayStartOn(date);
        var dayEnd = calendar.WorkdayEndOn(date);
        var ordered = busy.OrderBy(b => b.Start).ToList();
        var preferred = preferredStart is { } time ? calendar.ToUtc(date, time) : dayStart;
        var from = preferred < dayStart ? dayStart : preferred;
        return FirstFitFrom(from, dayEnd, ordered, duration) ?? FirstFitFrom(dayStart, dayEnd, ordered, duration);
    }

    /// <summary>The time a callback of <paramref name="duration"/> starts when no calendar is consulted.</summary>
    public TimeOnly DefaultCallbackTime(TimeSpan duration)
    {
        var start = calendar.Calendar.WorkdayStart.ToTimeSpan();
        var fits = start + DefaultDelayAfterWorkdayStart + duration <= calendar.Calendar.WorkdayEnd.ToTimeSpan();
        return TimeOnly.FromTimeSpan(fits ? start + DefaultDelayAfterWorkdayStart : start);
    }

    // The intervals are sorted by start, so once one starts after the slot would end, none later can clash.
    private static DateTimeOffset? FirstFitFrom(DateTimeOffset from, DateTimeOffset dayEnd, List<BusyInterval> busy, TimeSpan duration)
    {
        var start = from;
        foreach (var interval in busy)
        {
            if (interval.Start >= start + duration)
            {
                break;
            }

            if (interval.End > start)
            {
                start = interval.End;
            }
        }

        return start + duration <= dayEnd ? start : null;
    }
}
