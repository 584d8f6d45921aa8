using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Reasons;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Core.Tests.Planning;

public sealed class PlanBuilderTests
{
    [Fact]
    public void The_thank_you_comes_first()
    {
        var plan = Plans.Builder().Build(Plans.Mark(ReasonCodes.NoNeed), Plans.Context());

        Assert.Equal(StepKind.ThankYou, plan[0].Kind);
        Assert.Equal(1, plan[0].Number);
    }

    [Fact]
    public void The_rep_can_ask_for_a_thank_you_the_reason_would_not_write() =>
        Assert.Contains(
            Plans.Builder().Build(Plans.Mark(ReasonCodes.ReflexNo) with { ThankYouWanted = true }, Plans.Context()),
            s => s.Kind == StepKind.ThankYou);

    [Fact]
    public void The_rep_can_decline_a_thank_you_the_reason_would_write() =>
        Assert.DoesNotContain(
            Plans.Builder().Build(Plans.Mark(ReasonCodes.NoNeed) with { ThankYouWanted = false }, Plans.Context()),
            s => s.Kind == StepKind.ThankYou);

    [Fact]
    public void An_unknown_reason_code_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => Plans.Builder().Build(Plans.Mark("not-a-reason"), Plans.Context()));

        Assert.Contains("not-a-reason", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_time_zone_is_rejected_as_a_bad_argument() =>
        Assert.Throws<UnknownTimeZoneException>(() => Plans.Builder().Build(Plans.Mark(ReasonCodes.NoNeed), Plans.Context(RepCalendar.Standard("Atlantis/Central"))));

    [Fact]
    public void A_follow_up_already_planned_to_the_same_prospect_in_another_plan_pushes_this_plans_follow_ups_back()
    {
        // no-need's first follow-up would be Monday 2026-12-07; another plan has one due on Friday 2026-12-04.
        var other = new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.Zero);
        var context = Plans.Context() with { OtherFollowUpsToProspect = [other] };

        var first = Plans.Builder().Build(Plans.Mark(ReasonCodes.NoNeed), context).FollowUps()[0];

        Assert.Equal(new DateTimeOffset(2026, 12, 18, 8, 0, 0, TimeSpan.Zero), first.DueAt);
    }

    [Fact]
    public void Follow_ups_pushed_past_the_callback_are_dropped()
    {
        var crowded = Enumerable.Range(0, 8).Select(i => Plans.Now.AddDays(7 * i)).ToList();
        var context = Plans.Context() with { OtherFollowUpsToProspect = crowded };

        var plan = Plans.Builder().Build(Plans.Mark(ReasonCodes.WrongContact), context);

        Assert.Empty(plan.FollowUps());
        Assert.Single(plan, s => s.Kind == StepKind.Callback);
    }

    [Fact]
    public void A_tenants_overrides_change_the_plan()
    {
        var catalog = ReasonCatalog.Default.WithOverrides(
        [
            new ReasonOverride(ReasonCodes.NoNeed, CallbackWindow: CallbackWindow.AfterMark(21, 25), FollowUpDays: [7], ThankYouByDefault: false),
        ]);

        var plan = Plans.Builder(catalog).Build(Plans.Mark(ReasonCodes.NoNeed), Plans.Context());

        Assert.DoesNotContain(plan, s => s.Kind == StepKind.ThankYou);
        Assert.Equal(new DateOnly(2026, 11, 30), Assert.Single(plan.FollowUps()).LocalDate(Plans.ParisRep));
        Assert.InRange(plan.Callback().LocalDate(Plans.ParisRep), new DateOnly(2026, 12, 14), new DateOnly(2026, 12, 18));
    }

    [Fact]
    public void A_tenants_overrides_leave_the_other_reasons_plans_alone()
    {
        var catalog = ReasonCatalog.Default.WithOverrides([new ReasonOverride(ReasonCodes.NoNeed, FollowUpDays: [7])]);

        Assert.Equal(
            Plans.Builder().Build(Plans.Mark(ReasonCodes.Price), Plans.Context()),
            Plans.Builder(catalog).Build(Plans.Mark(ReasonCodes.Price), Plans.Context()));
    }

    [Fact]
    public void A_cadence_of_zero_days_is_due_at_the_next_working_day_start_not_in_the_past()
    {
        var catalog = ReasonCatalog.Default.WithOverrides([new ReasonOverride(ReasonCodes.Other, FollowUpDays: [0])]);

        var followUp = Assert.Single(Plans.Builder(catalog).Build(Plans.Mark(ReasonCodes.Other), Plans.Context()).FollowUps());

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero), followUp.DueAt);
    }

    [Fact]
    public void The_same_mark_at_the_same_moment_gives_the_same_plan() =>
        Assert.Equal(
            Plans.Builder().Build(Plans.Mark(ReasonCodes.NoNeed), Plans.Context()),
            Plans.Builder().Build(Plans.Mark(ReasonCodes.NoNeed), Plans.Context()));
}
