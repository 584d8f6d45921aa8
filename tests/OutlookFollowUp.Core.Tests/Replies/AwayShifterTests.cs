using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Replies;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Core.Tests.Replies;

public sealed class AwayShifterTests
{
    private static readonly BusinessCalendar Paris = new(RepCalendar.Standard("Europe/Paris"));

    private static PlanStep Step(int number, StepKind kind, BusinessCalendar calendar, DateOnly day, int hour, int minute = 0, StepStatus status = StepStatus.Planned) =>
        new(number, kind, calendar.ToUtc(day, new TimeOnly(hour, minute)), status);

    private static (DateOnly Day, TimeOnly Time) Local(PlanStep step, BusinessCalendar calendar)
    {
        var local = TimeZoneInfo.ConvertTime(step.DueAt, calendar.Zone).DateTime;
        return (DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
    }

    private static IReadOnlyList<PlanStep> RunningPlan() =>
    [
        Step(1, StepKind.ThankYou, Paris, new DateOnly(2026, 11, 30), 16, status: StepStatus.Done),
        Step(2, StepKind.FollowUp, Paris, new DateOnly(2026, 12, 3), 10),
        Step(3, StepKind.Callback, Paris, new DateOnly(2026, 12, 7), 14, 30),
        Step(4, StepKind.FollowUp, Paris, new DateOnly(2026, 12, 10), 9, 15),
    ];

    [Fact]
    public void The_plan_resumes_on_the_second_business_day_after_the_prospects_last_day_away()
    {
        // Back on Monday 14 December; the first follow-up waits a day for the inbox to be cleared.
        var shifted = AwayShifter.Shift(RunningPlan(), new DateOnly(2026, 12, 11), Paris);

        Assert.Equal((new DateOnly(2026, 12, 15), new TimeOnly(10, 0)), Local(shifted.Single(s => s.Number == 2), Paris));
    }

    [Fact]
    public void Every_planned_step_moves_by_the_same_number_of_days_so_the_spacing_is_kept()
    {
        // Last day away Thursday 10 December: resume Monday 14 December, eleven days after the first planned step.
        var shifted = AwayShifter.Shift(RunningPlan(), new DateOnly(2026, 12, 10), Paris);

        Assert.Equal(
            [(new DateOnly(2026, 12, 14), new TimeOnly(10, 0)), (new DateOnly(2026, 12, 18), new TimeOnly(14, 30)), (new DateOnly(2026, 12, 21), new TimeOnly(9, 15))],
            shifted.Where(s => s.Status == StepStatus.Planned).Select(s => Local(s, Paris)));
    }

    [Fact]
    public void A_step_the_shift_puts_on_a_weekend_or_holiday_lands_on_the_next_business_day_at_its_time()
    {
        var calendar = new BusinessCalendar(RepCalendar.Standard("Europe/Paris") with { Holidays = new HashSet<DateOnly> { new(2026, 12, 21) } });

        // Resume Tuesday 15 December (+12 days): Saturday 19 December and Tuesday 22 December.
        var shifted = AwayShifter.Shift(RunningPlan(), new DateOnly(2026, 12, 11), calendar);

        Assert.Equal((new DateOnly(2026, 12, 22), new TimeOnly(14, 30)), Local(shifted.Single(s => s.Number == 3), calendar));
        Assert.Equal((new DateOnly(2026, 12, 22), new TimeOnly(9, 15)), Local(shifted.Single(s => s.Number == 4), calendar));
    }

    [Fact]
    public void Steps_that_ran_were_cancelled_or_parked_stay_exactly_as_they_were()
    {
        IReadOnlyList<PlanStep> plan =
        [
            Step(1, StepKind.ThankYou, Paris, new DateOnly(2026, 11, 30), 16, status: StepStatus.Done),
            Step(2, StepKind.FollowUp, Paris, new DateOnly(2026, 12, 3), 10, status: StepStatus.Parked),
            Step(3, StepKind.Callback, Paris, new DateOnly(2026, 12, 4), 11, status: StepStatus.Cancelled),
            Step(4, StepKind.FollowUp, Paris, new DateOnly(2026, 12, 7), 10),
        ];

        var shifted = AwayShifter.Shift(plan, new DateOnly(2026, 12, 11), Paris);

        Assert.All(plan.Take(3), untouched => Assert.Contains(shifted, s => ReferenceEquals(s, untouched)));
        Assert.Equal((new DateOnly(2026, 12, 15), new TimeOnly(10, 0)), Local(shifted.Single(s => s.Number == 4), Paris));
    }

    [Fact]
    public void Shifted_steps_keep_their_numbers_and_come_back_in_due_order()
    {
        IReadOnlyList<PlanStep> plan =
        [
            Step(5, StepKind.FollowUp, Paris, new DateOnly(2026, 12, 3), 10),
            Step(2, StepKind.Callback, Paris, new DateOnly(2026, 12, 23), 10, status: StepStatus.Cancelled),
            Step(1, StepKind.ThankYou, Paris, new DateOnly(2026, 11, 30), 16, status: StepStatus.Done),
        ];

        var shifted = AwayShifter.Shift(plan, new DateOnly(2026, 12, 28), Paris);

        Assert.Equal([1, 2, 5], shifted.Select(s => s.Number));
        Assert.Equal(shifted.OrderBy(s => s.DueAt), shifted);
    }

    [Fact]
    public void Nothing_moves_when_the_next_step_is_already_after_the_prospects_first_day_back()
    {
        var plan = RunningPlan();

        // Back on Tuesday 1 December, and the next step is on Thursday 3 December.
        Assert.Same(plan, AwayShifter.Shift(plan, new DateOnly(2026, 11, 30), Paris));
    }

    [Fact]
    public void A_step_due_on_the_prospects_first_day_back_still_waits_one_more_business_day()
    {
        // Last day away Wednesday 2 December: back on Thursday 3 December, the day step 2 is due.
        var shifted = AwayShifter.Shift(RunningPlan(), new DateOnly(2026, 12, 2), Paris);

        Assert.Equal(new DateOnly(2026, 12, 4), Local(shifted.Single(s => s.Number == 2), Paris).Day);
    }

    [Fact]
    public void A_plan_with_nothing_left_to_run_is_returned_as_it_was()
    {
        IReadOnlyList<PlanStep> plan = [Step(1, StepKind.ThankYou, Paris, new DateOnly(2026, 11, 30), 16, status: StepStatus.Done)];

        Assert.Same(plan, AwayShifter.Shift(plan, new DateOnly(2026, 12, 31), Paris));
    }

    [Theory]
    [InlineData("W. Europe Standard Time", "2027-03-24", "2027-03-26", "2027-03-30")]
    [InlineData("America/New_York", "2026-10-28", "2026-10-30", "2026-11-03")]
    public void A_shifted_step_keeps_its_local_time_of_day_across_a_daylight_saving_change(string zone, string due, string lastDayAway, string expected)
    {
        var calendar = new BusinessCalendar(RepCalendar.Standard(zone));
        var step = Step(7, StepKind.FollowUp, calendar, DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), 9, 30);

        var shifted = AwayShifter.Shift([step], DateOnly.Parse(lastDayAway, System.Globalization.CultureInfo.InvariantCulture), calendar).Single();

        Assert.Equal((DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(9, 30)), Local(shifted, calendar));
        Assert.NotEqual(step.DueAt.TimeOfDay, shifted.DueAt.TimeOfDay);
    }
}
