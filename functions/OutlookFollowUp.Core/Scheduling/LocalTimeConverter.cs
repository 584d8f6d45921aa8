namespace OutlookFollowUp.Core.Scheduling;

/// <summary>
/// Wall-clock time in a zone to and from UTC instants, defined for every local time including the hours that
/// daylight saving removes or repeats.
/// </summary>
/// <remarks>
/// A local time in a spring-forward gap (02:30 on the night New York skips from 02:00 to 03:00) does not exist;
/// it becomes the first instant that does, the moment the clocks jump (03:00 there). Moving forward rather than
/// back keeps a step from falling before its planned day or before the start of a working day.
/// A local time in a fall-back overlap (01:30 on the night New York repeats 01:00-02:00) happens twice; it takes
/// the first occurrence, so a reminder is never later than the rep expects and instants keep the order of the
/// local times they come from.
/// </remarks>
public static class LocalTimeConverter
{
    public static DateTimeOffset ToUtc(DateOnly date, TimeOnly time, TimeZoneInfo zone) =>
        ToUtc(date.ToDateTime(time, DateTimeKind.Unspecified), zone);

    public static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var before = OffsetAt(local.AddDays(-1), zone);
        var after = OffsetAt(local.AddDays(1), zone);
        var occurrences = new[] { local - before, local - after }
            .Where(utc => TimeZoneInfo.ConvertTime(new DateTimeOffset(utc, TimeSpan.Zero), zone).DateTime == local)
            .ToList();
        return occurrences.Count > 0
            ? new DateTimeOffset(occurrences.Min(), TimeSpan.Zero)
            : EndOfGap(local, before, after, zone);
    }

    public static DateOnly DateOf(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    // Only the UTC-to-local direction of TimeZoneInfo is trusted: its local-to-UTC rules miss transitions that change
    // the standard offset (Samoa's skipped day reads as valid there). Every real transition is at least days from the
    // next and shorter than a day, so the offsets a day either side are the two a local time can have; a time
    // neither of them reproduces lies in a gap.
    private static TimeSpan OffsetAt(DateTime approximatelyUtc, TimeZoneInfo zone) =>
        zone.GetUtcOffset(new DateTimeOffset(approximatelyUtc, TimeSpan.Zero));

    // The clocks jump at one instant, between the local time read with the offset after the jump and with the one
    // before it; bisection on whole seconds finds it.
    private static DateTimeOffset EndOfGap(DateTime local, TimeSpan before, TimeSpan after, TimeZoneInfo zone)
    {
        var low = local - after;
        low = low.AddTicks(-(low.Ticks % TimeSpan.TicksPerSecond));
        var high = local - before;
        while (high - low > TimeSpan.FromSeconds(1))
        {
            var middle = low + TimeSpan.FromSeconds(Math.Floor((high - low).TotalSeconds / 2));
            if (OffsetAt(middle, zone) == after)
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return new DateTimeOffset(high, TimeSpan.Zero);
    }
}
