namespace OutlookFollowUp.Core.Scheduling;

/// <summary>
/// A <see cref="RepCalendar"/> with its time zone resolved: which local days the rep works, and the instants at
/// which those days' working hours start and end.
/// </summary>
public sealed class BusinessCalendar
{
    public BusinessCalendar(RepCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (calendar.WorkDays.Count == 0)
        {
            throw new ArgumentException("A rep calendar needs at least one working day of the week.", nameof(calendar));
        }

        // Overnight shifts would make a working day span two dates; no rep this product serves works one.
        if (calendar.WorkdayEnd <= calendar.WorkdayStart)
        {
            throw new ArgumentException("A rep calendar's working day must end after it starts.", nameof(calendar));
        }

        if (calendar.FiscalYearStartMonth is < 1 or > 12)
        {
            throw new ArgumentException("A fiscal year must start in a month from 1 to 12.", nameof(calendar));
        }

        Calendar = calendar;
        Zone = TimeZoneResolver.Resolve(calendar.TimeZoneId);
    }

    public RepCalendar Calendar { get; }

    public TimeZoneInfo Zone { get; }

    public bool IsBusinessDay(DateOnly date) =>
        Calendar.WorkDays.Contains(date.DayOfWeek) && Calendar.Holidays?.Contains(date) != true;

    /// <summary>The date itself when it is a business day, otherwise the first business day after it.</summary>
    public DateOnly NextBusinessDay(DateOnly onOrAfter)
    {
        var day = onOrAfter;
        while (!IsBusinessDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>
    /// Steps <paramref name="businessDays"/> business days away from <paramref name="date"/>, forward when positive
    /// and back when negative; the start date itself is never counted, so Friday plus one is Monday and Saturday plus
    /// one is Monday too. Zero returns the date unchanged.
    /// </summary>
    public DateOnly AddBusinessDays(DateOnly date, int businessDays)
    {
        var step = Math.Sign(businessDays);
        var day = date;
        for (var remaining = Math.Abs(businessDays); remaining > 0; remaining--)
        {
            do
            {
                day = day.AddDays(step);
            }
            while (!IsBusinessDay(day));
        }

        return day;
    }

    public DateOnly LocalDateOf(DateTimeOffset instant) => LocalTimeConverter.DateOf(instant, Zone);

    public DateTimeOffset ToUtc(DateOnly date, TimeOnly time) => LocalTimeConverter.ToUtc(date, time, Zone);

    public DateTimeOffset WorkdayStartOn(DateOnly date) => ToUtc(date, Calendar.WorkdayStart);

    public DateTimeOffset WorkdayEndOn(DateOnly date) => ToUtc(date, Calendar.WorkdayEnd);

    /// <summary>The start of the first working day whose start is not before <paramref name="instant"/>.</summary>
    public DateTimeOffset FirstWorkdayStartAtOrAfter(DateTimeOffset instant)
    {
        var day = NextBusinessDay(LocalDateOf(instant));
        while (WorkdayStartOn(day) < instant)
        {
            day = NextBusinessDay(day.AddDays(1));
        }

        return WorkdayStartOn(day);
    }
}
