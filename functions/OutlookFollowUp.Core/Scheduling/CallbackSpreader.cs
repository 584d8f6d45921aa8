namespace OutlookFollowUp.Core.Scheduling;

/// <summary>Chooses the day for a callback so that no day of the rep's calendar fills up with calls.</summary>
public sealed class CallbackSpreader
{
    private readonly BusinessCalendar _calendar;
    private readonly int _dailyCap;

    public CallbackSpreader(BusinessCalendar calendar, int dailyCap)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfLessThan(dailyCap, 1);
        _calendar = calendar;
        _dailyCap = dailyCap;
    }

    /// <summary>
    /// The least-loaded business day in <paramref name="window"/>, the earliest of equals. When every business day in
    /// the window is at or over the cap (or it has none), the first business day after the window that is under the
    /// cap: the cap protects the rep's day and the window's start is what the prospect was told, so a full window
    /// overflows later rather than overloading a day or calling before the prospect expects it.
    /// </summary>
    public DateOnly ChooseDay(DateWindow window, IReadOnlyDictionary<DateOnly, int> callbacksPerDay)
    {
        ArgumentNullException.ThrowIfNull(callbacksPerDay);

        // MinBy keeps the first of equal loads, and the days come in date order.
        var best = window.Days()
            .Where(_calendar.IsBusinessDay)
            .Select(day => new { Day = day, Load = LoadOn(day, callbacksPerDay) })
            .MinBy(d => d.Load);
        if (best is not null && best.Load < _dailyCap)
        {
            return best.Day;
        }

        var day = _calendar.NextBusinessDay(window.To.AddDays(1));
        while (LoadOn(day, callbacksPerDay) >= _dailyCap)
        {
            day = _calendar.NextBusinessDay(day.AddDays(1));
        }

        return day;
    }

    private static int LoadOn(DateOnly day, IReadOnlyDictionary<DateOnly, int> callbacksPerDay) =>
        callbacksPerDay.GetValueOrDefault(day);
}
