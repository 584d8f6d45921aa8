using Microsoft.Extensions.Time.Testing;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Reasons;

namespace OutlookFollowUp.Core.Tests.Planning;

public sealed class ReplanTests
{
    private readonly FakeTimeProvider _time = new(Plans.Now);

    private PlanBuilder Builder => new(ReasonCatalog.Default, _time);

    // A no-need plan three weeks on: the thank-you and the first follow-up have run.
    private IReadOnlyList<PlanStep> RunningPlan()
    {
        var plan = Builder.Build(Plans.Mark(ReasonCodes.NoNeed), Plans.Context());
        _time.Advance(TimeSpan.FromDays(21));
        return [.. plan.Select(s => s.Number <= 2 ? s with { Status = StepStatus.Done } : s)];
    }

    [Fact]
    public void Re_marking_a_thread_keeps_the_steps_that_already_ran_exactly_as_they_were()
    {
        var existing = RunningPlan();
        var done = existing.Where(s => s.HasRun).ToList();

        var replanned = Builder.Replan(existing, Plans.Mark(ReasonCodes.Price), Plans.Context());

        Assert.Equal(done, replanned.Where(s => s.HasRun));
        Assert.All(done, step => Assert.Contains(replanned, s => ReferenceEquals(s, step)));
    }

    [Fact]
    public void Re_marking_drops_the_steps_that_had_not_run()
    {
        var existing = RunningPlan();

        var replanned = Builder.Replan(existing, Plans.Mark(ReasonCodes.Price), Plans.Context());

        Assert.All(existing.Where(s => !s.HasRun), old => Assert.DoesNotContain(replanned, s => s.Number == old.Number));
    }

    [Fact]
    public void New_steps_are_numbered_above_every_existing_number_even_those_of_dropped_steps()
    {
        var existing = RunningPlan();
        var highest = existing.Max(s => s.Number);

        var replanned = Builder.Replan(existing, Plans.Mark(ReasonCodes.Price), Plans.Context());
        var fresh = replanned.Where(s => !s.HasRun).ToList();

        Assert.Equal(Enumerable.Range(highest + 1, fresh.Count), fresh.Select(s => s.Number));
    }

    [Fact]
    public void Re_marking_does_not_write_a_second_thank_you()
    {
        var replanned = Builder.Replan(RunningPlan(), Plans.Mark(ReasonCodes.Price), Plans.Context());

        Assert.Single(replanned, s => s.Kind == StepKind.ThankYou);
    }

    [Fact]
    public void Re_marking_before_the_thank_you_ran_plans_it_again_for_now()
    {
        var existing = Builder.Build(Plans.Mark(ReasonCodes.NoNeed), Plans.Context());
        _time.Advance(TimeSpan.FromMinutes(5));

        var replanned = Builder.Replan(existing, Plans.Mark(ReasonCodes.Price), Plans.Context());

        Assert.Equal(_time.GetUtcNow(), Assert.Single(replanned, s => s.Kind == StepKind.ThankYou).DueAt);
    }

    [Fact]
    public void A_follow_up_this_plan_already_sent_counts_towards_the_quiet_period()
    {
        var existing = RunningPlan();
        var sent = existing.Single(s => s.Kind == StepKind.FollowUp && s.HasRun);
        var catalog = ReasonCatalog.Default.WithOverrides([new ReasonOverride(ReasonCodes.Price, FollowUpDays: [1, 21])]);

        var replanned = new PlanBuilder(catalog, _time).Replan(existing, Plans.Mark(ReasonCodes.Price), Plans.Context());

        Assert.All(
            replanned.Where(s => s.Kind == StepKind.FollowUp && !s.HasRun),
            f => Assert.True(f.DueAt - sent.DueAt >= PlanningPolicy.Default.QuietPeriod, $"{f.DueAt:O} is too close to {sent.DueAt:O}"));
    }

    [Fact]
    public void The_re_planned_steps_follow_the_new_reason_from_now()
    {
        var replanned = Builder.Replan(RunningPlan(), Plans.Mark(ReasonCodes.WrongContact), Plans.Context());

        // wrong-contact calls back 10-18 days after the re-mark on 2026-12-14.
        Assert.InRange(replanned.Callback().LocalDate(Plans.ParisRep), new DateOnly(2026, 12, 24), new DateOnly(2027, 1, 1));
    }

    [Fact]
    public void The_re_planned_steps_are_in_due_order()
    {
        var replanned = Builder.Replan(RunningPlan(), Plans.Mark(ReasonCodes.Price), Plans.Context());

        Assert.Equal(replanned.OrderBy(s => s.DueAt), replanned);
    }

    [Fact]
    public void Parked_and_cancelled_steps_are_replaced_not_kept()
    {
        var plan = Builder.Build(Plans.Mark(ReasonCodes.NoNeed), Plans.Context());
        var existing = plan.Select((s, i) => s with { Status = i == 0 ? StepStatus.Parked : StepStatus.Cancelled }).ToList();

        var replanned = Builder.Replan(existing, Plans.Mark(ReasonCodes.NoNeed), Plans.Context());

        Assert.All(replanned, s => Assert.Equal(StepStatus.Planned, s.Status));
        Assert.Single(replanned, s => s.Kind == StepKind.ThankYou);
    }
}
