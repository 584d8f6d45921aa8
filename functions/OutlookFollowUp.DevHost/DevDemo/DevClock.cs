namespace OutlookFollowUp.DevHost.DevDemo;

/// <summary>
/// The dev host's clock: real time plus an offset a person can advance, so a demo reaches a follow-up or a callback
/// months ahead in seconds. Every service takes its time from the one registered <see cref="TimeProvider"/>, so plans,
/// leases, the due index and the Graph sandbox all move together. Development only.
/// </summary>
internal sealed class DevClock : TimeProvider
{
    private long offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref offsetTicks, by.Ticks);
    }
}
