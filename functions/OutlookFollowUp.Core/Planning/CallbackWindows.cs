using OutlookFollowUp.Core.Reasons;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Core.Planning;

/// <summary>The span of local dates a callback may be spread over, from the reason's playbook or a contract end.</summary>
internal static class CallbackWindows
{
    /// <summary>
    /// How many days ahead a window anchored on a future date (a budget year, a contract end) must still be for a
    /// call in it to be worth planning: less than this and the prospect has no time to act on it.
    /// </summary>
    public const int MinimumLeadDays = 7;

    /// <summary>Calls about a contract come 8 to 6 weeks before it ends, ahead of the usual 30-60 day renewal notice.</summary>
    public const int ContractEndFromDays = -56;

    public const int ContractEndToDays = -42;

    public static DateWindow ForReason(CallbackWindow window, DateOnly today, int fiscalYearStartMonth) =>
        window.Anchor switch
        {
            CallbackAnchor.AfterMark => AfterMark(window, today),
            CallbackAnchor.NextBudgetYear => BeforeBudgetYear(window, today, fiscalYearStartMonth),
            _ => throw new ArgumentOutOfRangeException(nameof(window), window.Anchor, "Unknown callback anchor."),
        };

    /// <summary>The window before the contract end, or null when the contract ends too soon (or has ended) to call before it.</summary>
    public static DateWindow? ForContractEnd(DateOnly contractEnd, DateOnly today) =>
        Anchored(contractEnd, ContractEndFromDays, ContractEndToDays, today);

    // A callback is never planned for the day of the mark: by the time the plan exists, the conversation just happened.
    private static DateWindow AfterMark(CallbackWindow window, DateOnly today) =>
        new(today.AddDays(Math.Max(1, window.FromDays)), today.AddDays(Math.Max(1, window.ToDays)));

    // When the coming budget year's window has passed, the prospect's next chance is the year after.
    private static DateWindow BeforeBudgetYear(CallbackWindow window, DateOnly today, int fiscalYearStartMonth)
    {
        for (var start = BudgetYear.NextStart(today, fiscalYearStartMonth); ; start = start.AddYears(1))
        {
            if (Anchored(start, window.FromDays, window.ToDays, today) is { } inTime)
            {
                return inTime;
            }
        }
    }

    // A window that is partly past keeps its remaining days (those at least the minimum lead away); one that is
    // wholly inside the lead is no window at all.
    private static DateWindow? Anchored(DateOnly anchor, int fromDays, int toDays, DateOnly today)
    {
        var earliest = today.AddDays(MinimumLeadDays);
        var from = anchor.AddDays(fromDays);
        var to = anchor.AddDays(toDays);
        return to < earliest ? null : new DateWindow(from < earliest ? earliest : from, to);
    }
}
