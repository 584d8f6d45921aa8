namespace OutlookFollowUp.Core.Scheduling;

/// <summary>
/// When a rep works. <see cref="TimeZoneId"/> may be an IANA id ("Europe/Paris") or a Windows id
/// ("Romance Standard Time"), as Outlook reports it.
/// </summary>
public sealed record RepCalendar(
    string TimeZoneId,
    TimeOnly WorkdayStart,
    TimeOnly WorkdayEnd,
    IReadOnlySet<DayOfWeek> WorkDays,
    int FiscalYearStartMonth = 1,
    IReadOnlySet<DateOnly>? Holidays = null)
{
    public static IReadOnlySet<DayOfWeek> MondayToFriday { get; } =
        new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday };

    public static RepCalendar Standard(string timeZoneId) =>
        new(timeZoneId, new TimeOnly(9, 0), new TimeOnly(17, 0), MondayToFriday);
}
