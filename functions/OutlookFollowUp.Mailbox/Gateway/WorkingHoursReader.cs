using Microsoft.Graph.Models;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Mailbox.Gateway;

/// <summary>
/// Turns Outlook's mailboxSettings into a Core <see cref="RepCalendar"/>. Outlook lets working hours have their own
/// zone; the hours are wall-clock times in that zone, so it is the one the calendar uses when it can be resolved,
/// then the mailbox's zone, then UTC (a "Customized Time Zone" has no id we can resolve).
/// </summary>
internal static class WorkingHoursReader
{
    private static readonly TimeOnly DefaultStart = new(9, 0);
    private static readonly TimeOnly DefaultEnd = new(17, 0);

    public static RepCalendar Read(MailboxSettings? settings)
    {
        var hours = settings?.WorkingHours;
        var zone = new[] { hours?.TimeZone?.Name, settings?.TimeZone }
            .FirstOrDefault(id => TimeZoneResolver.TryResolve(id, out _)) ?? "UTC";

        var days = hours?.DaysOfWeek?.OfType<DayOfWeekObject>().Select(ToDayOfWeek).ToHashSet() ?? [];
        var start = hours?.StartTime is { } s ? new TimeOnly(s.Hour, s.Minute, s.Second) : DefaultStart;
        var end = hours?.EndTime is { } e ? new TimeOnly(e.Hour, e.Minute, e.Second) : DefaultEnd;

        // Outlook allows working hours past midnight, which a one-day working window cannot express; such a rep (and
        // one with no working days set) gets the standard week rather than a failed sweep.
        if (days.Count == 0 || end <= start)
        {
            return RepCalendar.Standard(zone);
        }

        return new RepCalendar(zone, start, end, days);
    }

    private static DayOfWeek ToDayOfWeek(DayOfWeekObject day) => day switch
    {
        DayOfWeekObject.Sunday => DayOfWeek.Sunday,
        DayOfWeekObject.Monday => DayOfWeek.Monday,
        DayOfWeekObject.Tuesday => DayOfWeek.Tuesday,
        DayOfWeekObject.Wednesday => DayOfWeek.Wednesday,
        DayOfWeekObject.Thursday => DayOfWeek.Thursday,
        DayOfWeekObject.Friday => DayOfWeek.Friday,
        _ => DayOfWeek.Saturday,
    };
}
