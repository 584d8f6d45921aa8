using System.Globalization;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Core.Tests.Scheduling;

public sealed class LocalTimeConverterTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneResolver.Resolve("America/New_York");
    private static readonly TimeZoneInfo Berlin = TimeZoneResolver.Resolve("Europe/Berlin");

    [Fact]
    public void A_time_in_New_Yorks_spring_forward_gap_moves_to_the_moment_the_clocks_jump()
    {
        // 2026-03-08: 02:00 EST becomes 03:00 EDT at 07:00 UTC; 02:30 never happens.
        var instant = LocalTimeConverter.ToUtc(new DateOnly(2026, 3, 8), new TimeOnly(2, 30), NewYork);

        Assert.Equal(new DateTimeOffset(2026, 3, 8, 7, 0, 0, TimeSpan.Zero), instant);
    }

    [Fact]
    public void A_time_in_Berlins_spring_forward_gap_moves_to_the_moment_the_clocks_jump()
    {
        // 2026-03-29: 02:00 CET becomes 03:00 CEST at 01:00 UTC.
        var instant = LocalTimeConverter.ToUtc(new DateOnly(2026, 3, 29), new TimeOnly(2, 30), Berlin);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), instant);
    }

    [Fact]
    public void A_half_hour_gap_moves_to_the_moment_the_clocks_jump()
    {
        // Lord Howe Island springs forward by 30 minutes: 2026-10-04 02:00 (+10:30) becomes 02:30 (+11) at 15:30 UTC.
        var lordHowe = TimeZoneResolver.Resolve("Australia/Lord_Howe");

        var instant = LocalTimeConverter.ToUtc(new DateOnly(2026, 10, 4), new TimeOnly(2, 15), lordHowe);

        Assert.Equal(new DateTimeOffset(2026, 10, 3, 15, 30, 0, TimeSpan.Zero), instant);
    }

    [Fact]
    public void A_time_on_a_day_the_zone_skipped_entirely_moves_to_the_start_of_the_next_day()
    {
        // Samoa crossed the date line by skipping 2011-12-30: 2011-12-29 24:00 (-10) became 2011-12-31 00:00 (+14).
        var apia = TimeZoneResolver.Resolve("Pacific/Apia");

        var instant = LocalTimeConverter.ToUtc(new DateOnly(2011, 12, 30), new TimeOnly(9, 0), apia);

        Assert.Equal(new DateTimeOffset(2011, 12, 30, 10, 0, 0, TimeSpan.Zero), instant);
    }

    [Fact]
    public void An_ambiguous_time_in_New_Yorks_fall_back_overlap_takes_the_first_occurrence()
    {
        // 2026-11-01: 01:30 happens at 05:30 UTC (EDT) and again at 06:30 UTC (EST).
        var instant = LocalTimeConverter.ToUtc(new DateOnly(2026, 11, 1), new TimeOnly(1, 30), NewYork);

        Assert.Equal(new DateTimeOffset(2026, 11, 1, 5, 30, 0, TimeSpan.Zero), instant);
    }

    [Fact]
    public void An_ambiguous_time_in_Berlins_fall_back_overlap_takes_the_first_occurrence()
    {
        // 2026-10-25: 02:30 happens at 00:30 UTC (CEST) and again at 01:30 UTC (CET).
        var instant = LocalTimeConverter.ToUtc(new DateOnly(2026, 10, 25), new TimeOnly(2, 30), Berlin);

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), instant);
    }

    [Theory]
    [InlineData(1, 59, 6, 59)]
    [InlineData(3, 0, 7, 0)]
    [InlineData(9, 0, 13, 0)]
    public void Times_either_side_of_the_gap_convert_with_their_own_offset(int hour, int minute, int utcHour, int utcMinute)
    {
        var instant = LocalTimeConverter.ToUtc(new DateOnly(2026, 3, 8), new TimeOnly(hour, minute), NewYork);

        Assert.Equal(new DateTimeOffset(2026, 3, 8, utcHour, utcMinute, 0, TimeSpan.Zero), instant);
    }

    [Fact]
    public void Local_times_through_a_whole_day_with_a_gap_never_go_backwards_in_UTC()
    {
        var previous = DateTimeOffset.MinValue;
        for (var minutes = 0; minutes < 24 * 60; minutes += 5)
        {
            var instant = LocalTimeConverter.ToUtc(new DateOnly(2026, 3, 8), TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(minutes)), NewYork);
            Assert.True(instant >= previous, $"{minutes} minutes into the day went back to {instant:O}");
            previous = instant;
        }
    }

    [Theory]
    [InlineData("Pacific/Tongatapu", "2026-11-27T12:00:00Z", "2026-11-28")]
    [InlineData("Pacific/Honolulu", "2026-11-23T05:00:00Z", "2026-11-22")]
    [InlineData("Europe/Berlin", "2026-12-31T23:30:00Z", "2027-01-01")]
    public void The_local_date_of_an_instant_is_the_date_on_the_reps_wall(string zoneId, string instant, string expected)
    {
        var date = LocalTimeConverter.DateOf(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture), TimeZoneResolver.Resolve(zoneId));

        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), date);
    }
}
