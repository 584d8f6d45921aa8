namespace OutlookFollowUp.Core.Scheduling;

/// <summary>The prospect's budget (fiscal) year, which starts on the first day of a given month.</summary>
public static class BudgetYear
{
    /// <summary>
    /// The first day of the next budget year: the first day of <paramref name="startMonth"/> strictly after
    /// <paramref name="today"/>. On the start day itself the year has just begun, so its budget is already set and
    /// the next one is a year away.
    /// </summary>
    public static DateOnly NextStart(DateOnly today, int startMonth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(startMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(startMonth, 12);
        var thisYears = new DateOnly(today.Year, startMonth, 1);
        return thisYears > today ? thisYears : thisYears.AddYears(1);
    }
}
