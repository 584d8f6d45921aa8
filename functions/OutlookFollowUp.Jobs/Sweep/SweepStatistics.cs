namespace OutlookFollowUp.Jobs.Sweep;

/// <summary>
/// Stale due entries the mailbox workers of this process dropped since the sweep last reported, so the sweep's log
/// line can say how much of the index was stale. (In Azure, workers on other instances report in their own lines.)
/// </summary>
public sealed class SweepStatistics
{
    private int _staleDropped;

    public void StaleDropped(int count) => Interlocked.Add(ref _staleDropped, count);

    public int TakeStaleDropped() => Interlocked.Exchange(ref _staleDropped, 0);
}
