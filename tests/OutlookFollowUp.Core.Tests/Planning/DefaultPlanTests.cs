using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Reasons;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Core.Tests.Planning;

/// <summary>The rules every reason's default plan keeps, for a rep in Paris marking a "no" on Monday 2026-11-23.</summary>
public sealed class DefaultPlanTests
{
    private static readonly BusinessCalendar Calendar = new(Plans.ParisRep);
    private static readonly DateOnly Today = new(2026, 11, 23);

    public static TheoryData<string> Reasons => [.. ReasonCodes.All];

    [Theory]
    [MemberData(nameof(Reasons))]
    public void The_callback_lands_inside_the_reasons_window(string code)
    {
        var window = ReasonCatalog.Default.Get(code).CallbackWindow;
        var anchor = window.Anchor == CallbackAnchor.NextBudgetYear ? new DateOnly(2027, 4, 1) : Today;

        var day = Plan(code).Callback().LocalDate(Plans.ParisRep);

        Assert.InRange(day, anchor.AddDays(window.FromDays), anchor.AddDays(window.ToDays));
    }

    [Theory]
    [MemberData(nameof(Reasons))]
    public void There_is_exactly_one_callback_and_it_is_on_a_business_day_inside_working_hours(string code)
    {
        var callback = Assert.Single(Plan(code), s => s.Kind == StepKind.Callback);

        Assert.True(Calendar.IsBusinessDay(callback.LocalDate(Plans.ParisRep)));
        Assert.True(callback.DueAt >= Calendar.WorkdayStartOn(callback.LocalDate(Plans.ParisRep)));
        Assert.True(callback.DueAt + PlanningPolicy.Default.CallbackDuration <= Calendar.WorkdayEndOn(callback.LocalDate(Plans.ParisRep)));
    }

    [Theory]
    [MemberData(nameof(Reasons))]
    public void The_callback_is_not_at_the_first_minute_of_the_day(string code) =>
        Assert.Equal(new TimeOnly(10, 0), Plan(code).Callback().LocalTime(Plans.ParisRep));

    [Theory]
    [MemberData(nameof(Reasons))]
    public void A_thank_you_is_planned_exactly_when_the_reason_asks_for_one_and_is_due_at_once(string code)
    {
        var thankYous = Plan(code).Where(s => s.Kind == StepKind.ThankYou).ToList();

        if (ReasonCatalog.Default.Get(code).ThankYouByDefault)
        {
            Assert.Equal(Plans.Now, Assert.Single(thankYous).DueAt);
        }
        else
        {
            Assert.Empty(thankYous);
        }
    }

    [Fact]
    public void A_cold_call_brush_off_gets_no_thank_you_by_default() =>
        Assert.DoesNotContain(Plan(ReasonCodes.ReflexNo), s => s.Kind == StepKind.ThankYou);

    [Theory]
    [MemberData(nameof(Reasons))]
    public void Follow_ups_start_a_working_day_before_the_callback(string code)
    {
        var plan = Plan(code);
        var callbackDay = plan.Callback().LocalDate(Plans.ParisRep);

        Assert.NotEmpty(plan.FollowUps());
        Assert.All(plan.FollowUps(), f =>
        {
            var day = f.LocalDate(Plans.ParisRep);
            Assert.True(Calendar.IsBusinessDay(day), $"{day} is not a business day");
            Assert.Equal(Calendar.WorkdayStartOn(day), f.DueAt);
            Assert.True(day < callbackDay, $"{day} is not before the callback on {callbackDay}");
        });
    }

    [Theory]
    [MemberData(nameof(Reasons))]
    public void Follow_ups_are_at_least_a_quiet_period_apart(string code)
    {
        var followUps = Plan(code).FollowUps();

        Assert.All(followUps.Zip(followUps.Skip(1)), pair => Assert.True(pair.Second.DueAt - pair.First.DueAt >= PlanningPolicy.Default.QuietPeriod));
    }

    [Theory]
    [MemberData(nameof(Reasons))]
    public void Steps_are_in_due_order_and_numbered_from_one(string code)
    {
        var plan = Plan(code);

        Assert.Equal(plan.OrderBy(s => s.DueAt).Select(s => s.Number), plan.Select(s => s.Number));
        Assert.Equal(Enumerable.Range(1, plan.Count), plan.Select(s => s.Number));
        Assert.All(plan, s => Assert.Equal(StepStatus.Planned, s.Status));
    }

    [Theory]
    [MemberData(nameof(Reasons))]
    public void Nothing_is_due_before_the_mark(string code) =>
        Assert.All(Plan(code), s => Assert.True(s.DueAt >= Plans.Now));

    [Theory]
    [InlineData(ReasonCodes.NoNeed, "helpful helpful value")]
    [InlineData(ReasonCodes.HasSupplier, "helpful value")]
    [InlineData(ReasonCodes.Price, "helpful value")]
    [InlineData(ReasonCodes.TooSoon, "helpful helpful")]
    [InlineData(ReasonCodes.WrongContact, "helpful")]
    [InlineData(ReasonCodes.NoBudget, "helpful")]
    [InlineData(ReasonCodes.BadTiming, "helpful helpful")]
    [InlineData(ReasonCodes.ChoseOther, "helpful")]
    [InlineData(ReasonCodes.ReflexNo, "value")]
    [InlineData(ReasonCodes.Other, "helpful")]
    public void Each_reason_mixes_helpful_and_value_proposition_follow_ups_as_its_emphasis_says(string code, string mix) =>
        Assert.Equal(mix, string.Join(' ', Plan(code).FollowUps().Select(f => f.ValueProposition ? "value" : "helpful")));

    private static IReadOnlyList<PlanStep> Plan(string code) => Plans.Builder().Build(Plans.Mark(code), Plans.Context());
}
