using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Core.Tests.Scheduling;

public sealed class AttentionGuardTests
{
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromDays(14);
    private static readonly BusinessCalendar Paris = new(RepCalendar.Standard("Europe/Paris"));
    private static readonly AttentionGuard Guard = new(Paris, QuietPeriod);

    // Monday 2026-11-30, 09:00 in Paris.
    private static readonly DateTimeOffset MondayMorning = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Follow_ups_far_enough_apart_are_left_where_they_are()
    {
        var candidates = new[] { MondayMorning, MondayMorning.AddDays(21) };

        Assert.Equal(candidates, Guard.Place(candidates, [MondayMorning.AddDays(-30)]));
    }

    [Fact]
    public void A_follow_up_too_soon_after_another_moves_to_the_first_working_morning_a_quiet_period_later()
    {
        var earlier = MondayMorning.AddDays(-3);

        var placed = Guard.Place([MondayMorning], [earlier]);

        // Friday 27th + 14 days is Friday 11 December at 09:00, a working-day start.
        Assert.Equal([new DateTimeOffset(2026, 12, 11, 8, 0, 0, TimeSpan.Zero)], placed);
    }

    [Fact]
    public void A_follow_up_pushed_onto_a_weekend_lands_on_the_Monday()
    {
        var saturdayNoon = new DateTimeOffset(2026, 11, 21, 11, 0, 0, TimeSpan.Zero);

        var placed = Guard.Place([MondayMorning], [saturdayNoon]);

        Assert.Equal([Paris.WorkdayStartOn(new DateOnly(2026, 12, 7))], placed);
    }

    [Fact]
    public void A_follow_up_pushed_to_the_middle_of_a_day_starts_the_next_working_morning_instead()
    {
        var wednesdayAfternoon = new DateTimeOffset(2026, 11, 25, 13, 0, 0, TimeSpan.Zero);

        var placed = Guard.Place([MondayMorning], [wednesdayAfternoon]);

        Assert.Equal([Paris.WorkdayStartOn(new DateOnly(2026, 12, 10))], placed);
    }

    [Fact]
    public void A_follow_up_just_before_one_already_planned_moves_after_it_never_earlier()
    {
        var plannedLater = MondayMorning.AddDays(2);

        var placed = Assert.Single(Guard.Place([MondayMorning], [plannedLater]));

        Assert.True(placed >= plannedLater + QuietPeriod);
    }

    [Fact]
    public void A_follow_up_clears_every_follow_up_in_its_way_not_just_the_first()
    {
        var history = new[] { MondayMorning.AddDays(-1), MondayMorning.AddDays(13), MondayMorning.AddDays(27) };

        var placed = Assert.Single(Guard.Place([MondayMorning], history));

        Assert.All(history, other => Assert.True((placed - other).Duration() >= QuietPeriod, $"{placed:O} is too close to {other:O}"));
    }

    [Fact]
    public void Follow_ups_of_the_same_plan_are_kept_apart_from_each_other()
    {
        var placed = Guard.Place([MondayMorning, MondayMorning.AddDays(1), MondayMorning.AddDays(2)], []);

        Assert.Equal(3, placed.Count);
        Assert.All(placed.Zip(placed.Skip(1)), pair => Assert.True(pair.Second - pair.First >= QuietPeriod));
    }

    [Fact]
    public void The_same_follow_ups_are_placed_the_same_way_whatever_order_they_come_in()
    {
        var history = new[] { MondayMorning.AddDays(5), MondayMorning.AddDays(-4) };
        var candidates = new[] { MondayMorning.AddDays(9), MondayMorning, MondayMorning.AddDays(3) };

        var once = Guard.Place(candidates, history);
        var again = Guard.Place(candidates.Reverse(), history.Reverse());

        Assert.Equal(once, again);
        Assert.Equal(once.Order(), once);
    }

    [Fact]
    public void A_zero_quiet_period_moves_nothing()
    {
        var guard = new AttentionGuard(Paris, TimeSpan.Zero);

        Assert.Equal([MondayMorning], guard.Place([MondayMorning], [MondayMorning]));
    }

    [Fact]
    public void A_negative_quiet_period_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new AttentionGuard(Paris, TimeSpan.FromDays(-1)));
}
