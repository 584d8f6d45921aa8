using System.Globalization;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Core.Tests.Scheduling;

public sealed class BusinessCalendarTests
{
    private static readonly DateOnly Friday = new(2026, 11, 27);
    private static readonly DateOnly Saturday = new(2026, 11, 28);
    private static readonly DateOnly Sunday = new(2026, 11, 29);
    private static readonly DateOnly Monday = new(2026, 11, 30);

    private static BusinessCalendar Calendar(string zone = "Europe/Paris", params DateOnly[] holidays) =>
        new(RepCalendar.Standard(zone) with { Holidays = holidays.ToHashSet() });

    [Fact]
    public void Weekends_are_not_business_days()
    {
        var calendar = Calendar();

        Assert.True(calendar.IsBusinessDay(Friday));
        Assert.False(calendar.IsBusinessDay(Saturday));
        Assert.False(calendar.IsBusinessDay(Sunday));
        Assert.True(calendar.IsBusinessDay(Monday));
    }

    [Fact]
    public void Holidays_are_not_business_days()
    {
        var calendar = Calendar("Europe/Paris", new DateOnly(2026, 12, 25));

        Assert.False(calendar.IsBusinessDay(new DateOnly(2026, 12, 25)));
        Assert.True(calendar.IsBusinessDay(new DateOnly(2026, 12, 24)));
    }

    [Fact]
    public void The_reps_own_working_week_decides_which_days_are_business_days()
    {
        var sundayToThursday = new HashSet<DayOfWeek> { DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday };
        var calendar = new BusinessCalendar(RepCalendar.Standard("Asia/Jerusalem") with { WorkDays = sundayToThursday });

        Assert.True(calendar.IsBusinessDay(Sunday));
        Assert.False(calendar.IsBusinessDay(Friday));
        Assert.Equal(Sunday, calendar.NextBusinessDay(Friday));
    }

    [Fact]
    public void The_next_business_day_of_a_business_day_is_that_day() =>
        Assert.Equal(Friday, Calendar().NextBusinessDay(Friday));

    [Fact]
    public void The_next_business_day_skips_the_weekend() =>
        Assert.Equal(Monday, Calendar().NextBusinessDay(Saturday));

    [Fact]
    public void The_next_business_day_skips_a_holiday_and_the_weekend_after_it() =>
        Assert.Equal(Monday, Calendar("Europe/Paris", Friday).NextBusinessDay(Friday));

    [Theory]
    [InlineData("2026-11-27", 1, "2026-11-30")]
    [InlineData("2026-11-28", 1, "2026-11-30")]
    [InlineData("2026-11-23", 5, "2026-11-30")]
    [InlineData("2026-11-30", -1, "2026-11-27")]
    [InlineData("2026-11-29", -1, "2026-11-27")]
    [InlineData("2026-11-28", 0, "2026-11-28")]
    [InlineData("2026-12-23", 3, "2026-12-29")]
    public void Adding_business_days_counts_only_business_days(string from, int days, string expected)
    {
        var calendar = Calendar("Europe/Paris", new DateOnly(2026, 12, 25));

        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), calendar.AddBusinessDays(DateOnly.Parse(from, CultureInfo.InvariantCulture), days));
    }

    [Fact]
    public void The_working_day_starts_at_the_same_local_time_on_both_sides_of_a_daylight_saving_change()
    {
        var calendar = Calendar("America/New_York");

        Assert.Equal(new DateTimeOffset(2026, 3, 6, 14, 0, 0, TimeSpan.Zero), calendar.WorkdayStartOn(new DateOnly(2026, 3, 6)));
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 13, 0, 0, TimeSpan.Zero), calendar.WorkdayStartOn(new DateOnly(2026, 3, 9)));
    }

    [Fact]
    public void A_Friday_afternoon_in_UTC_is_already_Saturday_for_a_rep_in_Tonga()
    {
        var calendar = Calendar("Tonga Standard Time");
        var fridayNoonUtc = new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(Saturday, calendar.LocalDateOf(fridayNoonUtc));
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 20, 0, 0, TimeSpan.Zero), calendar.FirstWorkdayStartAtOrAfter(fridayNoonUtc));
    }

    [Fact]
    public void A_Monday_morning_in_UTC_is_still_Sunday_for_a_rep_in_Hawaii()
    {
        var calendar = Calendar("Hawaiian Standard Time");
        var mondayMorningUtc = new DateTimeOffset(2026, 11, 30, 5, 0, 0, TimeSpan.Zero);

        Assert.Equal(Sunday, calendar.LocalDateOf(mondayMorningUtc));
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 19, 0, 0, TimeSpan.Zero), calendar.FirstWorkdayStartAtOrAfter(mondayMorningUtc));
    }

    [Fact]
    public void The_first_working_day_start_after_a_midday_instant_is_the_next_mornings()
    {
        var calendar = Calendar("Europe/Paris");
        var fridayAfternoon = new DateTimeOffset(2026, 11, 27, 13, 0, 0, TimeSpan.Zero);

        Assert.Equal(calendar.WorkdayStartOn(Monday), calendar.FirstWorkdayStartAtOrAfter(fridayAfternoon));
    }

    [Fact]
    public void An_unknown_time_zone_is_rejected_when_the_calendar_is_made() =>
        Assert.Throws<UnknownTimeZoneException>(() => Calendar("Nowhere/Special"));

    [Fact]
    public void A_calendar_with_no_working_days_is_rejected() =>
        Assert.Throws<ArgumentException>(() => new BusinessCalendar(RepCalendar.Standard("UTC") with { WorkDays = new HashSet<DayOfWeek>() }));

    [Fact]
    public void A_working_day_that_ends_before_it_starts_is_rejected() =>
        Assert.Throws<ArgumentException>(() => new BusinessCalendar(RepCalendar.Standard("UTC") with { WorkdayStart = new TimeOnly(18, 0) }));

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void A_fiscal_year_start_outside_the_calendar_months_is_rejected(int month) =>
        Assert.Throws<ArgumentException>(() => new BusinessCalendar(RepCalendar.Standard("UTC") with { FiscalYearStartMonth = month }));
}
