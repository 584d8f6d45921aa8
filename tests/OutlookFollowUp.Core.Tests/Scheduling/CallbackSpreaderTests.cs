using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Core.Tests.Scheduling;

public sealed class CallbackSpreaderTests
{
    private static readonly DateOnly Monday = new(2026, 11, 30);
    private static readonly DateWindow MondayToFriday = new(Monday, Monday.AddDays(4));

    private static CallbackSpreader Spreader(int cap = 3, params DateOnly[] holidays) =>
        new(new BusinessCalendar(RepCalendar.Standard("Europe/Paris") with { Holidays = holidays.ToHashSet() }), cap);

    private static Dictionary<DateOnly, int> Load(params (int DaysAfterMonday, int Count)[] load) =>
        load.ToDictionary(l => Monday.AddDays(l.DaysAfterMonday), l => l.Count);

    [Fact]
    public void The_least_loaded_day_in_the_window_is_chosen() =>
        Assert.Equal(Monday.AddDays(2), Spreader().ChooseDay(MondayToFriday, Load((0, 2), (1, 1), (2, 0), (3, 1), (4, 2))));

    [Fact]
    public void Between_equally_loaded_days_the_earliest_is_chosen() =>
        Assert.Equal(Monday.AddDays(1), Spreader().ChooseDay(MondayToFriday, Load((0, 2), (1, 1), (2, 2), (3, 1), (4, 1))));

    [Fact]
    public void An_empty_weekend_is_never_chosen_over_a_loaded_weekday()
    {
        var fridayToMonday = new DateWindow(Monday.AddDays(-3), Monday);

        var day = Spreader().ChooseDay(fridayToMonday, Load((-3, 2), (0, 1)));

        Assert.Equal(Monday, day);
    }

    [Fact]
    public void An_empty_holiday_is_never_chosen() =>
        Assert.Equal(Monday.AddDays(1), Spreader(3, Monday).ChooseDay(MondayToFriday, Load((1, 0), (2, 0))));

    [Fact]
    public void When_every_day_in_the_window_is_at_the_cap_the_callback_goes_to_the_first_business_day_after_it_with_room()
    {
        var full = Load((0, 3), (1, 3), (2, 4), (3, 3), (4, 3), (7, 3));

        var day = Spreader().ChooseDay(MondayToFriday, full);

        // Saturday and Sunday are skipped, the next Monday is full too, so Tuesday.
        Assert.Equal(Monday.AddDays(8), day);
    }

    [Fact]
    public void A_window_with_no_business_day_overflows_to_the_next_one()
    {
        var weekend = new DateWindow(Monday.AddDays(-2), Monday.AddDays(-1));

        Assert.Equal(Monday, Spreader().ChooseDay(weekend, Load()));
    }

    [Fact]
    public void A_window_across_New_Year_skips_the_holidays_and_compares_days_in_both_years()
    {
        var holidays = new[] { new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 31), new DateOnly(2027, 1, 1) };
        var window = new DateWindow(new DateOnly(2026, 12, 21), new DateOnly(2027, 1, 8));
        var load = window.Days().ToDictionary(d => d, d => d.Year == 2026 ? 2 : 1);
        load[new DateOnly(2027, 1, 6)] = 0;

        var day = Spreader(3, holidays).ChooseDay(window, load);

        Assert.Equal(new DateOnly(2027, 1, 6), day);
    }

    [Fact]
    public void A_cap_below_one_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Spreader(0));

    [Fact]
    public void A_window_that_ends_before_it_starts_is_rejected() =>
        Assert.Throws<ArgumentException>(() => new DateWindow(Monday, Monday.AddDays(-1)));
}
