using OutlookFollowUp.Core.Reasons;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Core.Planning;

/// <summary>Picks the day and time of a plan's callback.</summary>
internal sealed class CallbackScheduler(BusinessCalendar calendar, PlanningPolicy policy)
{
    /// <summary>
    /// A date the prospect named wins (on the next business day if it is not one) and is kept even on a busy day,
    /// because it is what the rep promised. Otherwise the day is spread over the window before a known contract end,
    /// or else the reason's window.
    /// </summary>
    public DateTimeOffset Schedule(NoMark mark, ReasonDefinition reason, DateOnly today, IReadOnlyDictionary<DateOnly, int> callbacksPerDay)
    {
        var day = mark.ProspectNamedDate is { } named
            ? calendar.NextBusinessDay(named)
            : new CallbackSpreader(calendar, policy.CallbackDailyCap).ChooseDay(Window(mark, reason, today), callbacksPerDay);
        return TimeOn(day, callbacksPerDay.GetValueOrDefault(day));
    }

    private DateWindow Window(NoMark mark, ReasonDefinition reason, DateOnly today) =>
        (mark.ContractEndsOn is { } contractEnd ? CallbackWindows.ForContractEnd(contractEnd, today) : null)
        ?? CallbackWindows.ForReason(reason.CallbackWindow, today, calendar.Calendar.FiscalYearStartMonth);

    // With no calendar to consult, the day's earlier callbacks are assumed to sit in the default slots, so calls that
    // share a day follow one another instead of all landing at the same time.
    private DateTimeOffset TimeOn(DateOnly day, int alreadyBooked)
    {
        var finder = new FreeSlotFinder(calendar);
        var preferred = finder.DefaultCallbackTime(policy.CallbackDuration);
        var first = calendar.ToUtc(day, preferred);
        var booked = Enumerable.Range(0, alreadyBooked)
            .Select(i => new BusyInterval(first + (i * policy.CallbackDuration), first + ((i + 1) * policy.CallbackDuration)));
        return finder.FirstFreeSlot(day, booked, policy.CallbackDuration, preferred) ?? first;
    }
}
