namespace OutlookFollowUp.Core.Scheduling;

/// <summary>An inclusive span of local dates.</summary>
public readonly record struct DateWindow
{
    public DateWindow(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException($"A window cannot end ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        }

        From = from;
        To = to;
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public bool Contains(DateOnly date) => date >= From && date <= To;

    public IEnumerable<DateOnly> Days()
    {
        for (var day = From; day <= To; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
