namespace OutlookFollowUp.Integration.Tests.Sweep;

/// <summary>
/// The system clock moved by an offset: "now" can be set to a chosen weekday or jump past a lease, while delays and
/// timers stay real, so the gateway's Polly pipeline and the sandbox's latency behave exactly as in production.
/// (FakeTimeProvider would stop those delays until the test advanced it.)
/// </summary>
internal sealed class ShiftableClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void SetNow(DateTimeOffset now) => Interlocked.Exchange(ref _offsetTicks, (now - System.GetUtcNow()).Ticks);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
