using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Core.Tests.Scheduling;

public sealed class FreeSlotFinderTests
{
    private static readonly TimeSpan HalfHour = TimeSpan.FromMinutes(30);
    private static readonly DateOnly Monday = new(2026, 11, 30);
    private static readonly BusinessCalendar Paris = new(RepCalendar.Standard("Europe/Paris"));
    private static readonly FreeSlotFinder Finder = new(Paris);

    private static DateTimeOffset At(int hour, int minute = 0) => Paris.ToUtc(Monday, new TimeOnly(hour, minute));

    private static BusyInterval Busy(int fromHour, int fromMinute, int toHour, int toMinute) => new(At(fromHour, fromMinute), At(toHour, toMinute));

    [Fact]
    public void A_free_day_offers_the_start_of_the_working_day() =>
        Assert.Equal(At(9), Finder.FirstFreeSlot(Monday, [], HalfHour));

    [Fact]
    public void A_free_day_offers_the_preferred_time_when_one_is_given() =>
        Assert.Equal(At(10), Finder.FirstFreeSlot(Monday, [], HalfHour, new TimeOnly(10, 0)));

    [Fact]
    public void A_preferred_time_before_the_working_day_is_moved_into_it() =>
        Assert.Equal(At(9), Finder.FirstFreeSlot(Monday, [], HalfHour, new TimeOnly(6, 0)));

    [Fact]
    public void A_busy_start_of_day_pushes_the_slot_to_when_it_ends() =>
        Assert.Equal(At(9, 45), Finder.FirstFreeSlot(Monday, [Busy(8, 30, 9, 45)], HalfHour));

    [Fact]
    public void Overlapping_and_unordered_busy_intervals_are_all_respected() =>
        Assert.Equal(At(11), Finder.FirstFreeSlot(Monday, [Busy(10, 0, 11, 0), Busy(9, 0, 9, 40), Busy(9, 30, 10, 15)], HalfHour));

    [Fact]
    public void A_gap_shorter_than_the_call_is_skipped() =>
        Assert.Equal(At(10, 20), Finder.FirstFreeSlot(Monday, [Busy(9, 0, 9, 40), Busy(10, 0, 10, 20)], HalfHour));

    [Fact]
    public void A_call_must_end_by_the_end_of_the_working_day() =>
        Assert.Null(Finder.FirstFreeSlot(Monday, [Busy(9, 0, 16, 45)], HalfHour));

    [Fact]
    public void A_full_day_has_no_slot() =>
        Assert.Null(Finder.FirstFreeSlot(Monday, [Busy(8, 0, 18, 0)], HalfHour));

    [Fact]
    public void A_weekend_day_has_no_slot() =>
        Assert.Null(Finder.FirstFreeSlot(Monday.AddDays(-1), [], HalfHour));

    [Fact]
    public void When_the_rest_of_the_day_after_the_preferred_time_is_taken_an_earlier_slot_is_offered() =>
        Assert.Equal(At(9), Finder.FirstFreeSlot(Monday, [Busy(10, 0, 17, 0)], HalfHour, new TimeOnly(10, 0)));

    [Fact]
    public void Working_hours_follow_the_local_clock_on_the_day_daylight_saving_starts()
    {
        var everyDay = Enum.GetValues<DayOfWeek>().ToHashSet();
        var finder = new FreeSlotFinder(new BusinessCalendar(RepCalendar.Standard("America/New_York") with { WorkDays = everyDay }));

        // Sunday 2026-03-08 runs on EDT from 03:00, so 09:00 local is 13:00 UTC.
        Assert.Equal(new DateTimeOffset(2026, 3, 8, 13, 0, 0, TimeSpan.Zero), finder.FirstFreeSlot(new DateOnly(2026, 3, 8), [], HalfHour));
    }

    [Fact]
    public void The_default_callback_time_is_an_hour_into_the_working_day() =>
        Assert.Equal(new TimeOnly(10, 0), Finder.DefaultCallbackTime(HalfHour));

    [Fact]
    public void The_default_callback_time_falls_back_to_the_start_of_a_very_short_working_day()
    {
        var finder = new FreeSlotFinder(new BusinessCalendar(RepCalendar.Standard("UTC") with { WorkdayEnd = new TimeOnly(10, 15) }));

        Assert.Equal(new TimeOnly(9, 0), finder.DefaultCallbackTime(HalfHour));
    }
}
