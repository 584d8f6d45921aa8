using System.Collections.Concurrent;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Mailbox.Requests;

/// <summary>
/// What one run's callbacks in one mailbox share: each day's busy times, read from Graph once, and the slots this run
/// has given out since, so the run's callbacks never take the same slot and a day costs one calendarView however many
/// callbacks it gets. One per worker run and mailbox; callbacks of one day are placed one at a time.
/// </summary>
public sealed class CalendarSession
{
    private readonly ConcurrentDictionary<DateOnly, Day> days = new();

    internal async Task<T> ForDayAsync<T>(DateOnly day, Func<Day, Task<T>> place, CancellationToken cancellationToken)
    {
        var entry = days.GetOrAdd(day, _ => new Day());
        await entry.Gate.WaitAsync(cancellationToken);
        try
        {
            return await place(entry);
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    /// <summary>One day of the rep's calendar as this run knows it.</summary>
    internal sealed class Day
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        /// <summary>Busy times read from Graph plus the callbacks this run booked; null until first read.</summary>
        public List<BusyInterval>? Busy { get; set; }
    }
}
