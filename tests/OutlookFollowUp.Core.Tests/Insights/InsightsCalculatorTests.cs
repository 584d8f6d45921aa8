using OutlookFollowUp.Core.Insights;
using OutlookFollowUp.Core.Planning;

namespace OutlookFollowUp.Core.Tests.Insights;

public class InsightsCalculatorTests
{
    private static readonly DateOnly From = new(2026, 1, 1);
    private static readonly DateOnly To = new(2026, 3, 31);
    private static readonly Guid Sam = new("00000000-0000-4000-8000-00000000000a");
    private static readonly Guid Ava = new("00000000-0000-4000-8000-00000000000b");

    private static PlanFacts Plan(
        string reason = "price",
        DateTimeOffset? at = null,
        bool replied = false,
        bool reopened = false,
        StepRef? after = null,
        PlanOutcome? outcome = null,
        SelfDebrief? debrief = null,
        Guid? rep = null,
        string name = "Sam Rivera",
        SalesStage stage = SalesStage.Proposal) =>
        new(rep ?? Sam, name, reason, stage, at ?? new DateTimeOffset(2026, 2, 10, 9, 0, 0, TimeSpan.Zero), debrief, replied, reopened, after, outcome);

    private static TeamInsights Compute(params PlanFacts[] plans) =>
        InsightsCalculator.Compute(plans, From, To, code => code == "price" ? "Price" : code);

    [Fact]
    public void A_range_without_plans_still_lists_every_month_and_every_stage()
    {
        var insights = InsightsCalculator.Compute([], new DateOnly(2025, 11, 20), new DateOnly(2026, 2, 3), c => c);

        Assert.Equal(0, insights.TotalPlans);
        Assert.Equal(0, insights.ReEngaged);
        Assert.Equal(["2025-11", "2025-12", "2026-01", "2026-02"], insights.OverTime.Select(m => m.Month));
        Assert.All(insights.OverTime, m => { Assert.Equal(0, m.Plans); Assert.Empty(m.ByReason); });
        Assert.Empty(insights.Reasons);
        Assert.Empty(insights.ByReasonAndStage);
        Assert.Empty(insights.ByRep);
        Assert.Empty(insights.Debrief);
        Assert.Equal(Enum.GetValues<SalesStage>(), insights.Stages);
    }

    [Fact]
    public void Plans_count_in_the_utc_day_and_month_they_were_marked_and_only_inside_the_range()
    {
        var insights = Compute(
            Plan(at: new DateTimeOffset(2025, 12, 31, 23, 59, 0, TimeSpan.Zero)), // before the range
            Plan(at: new DateTimeOffset(2026, 1, 1, 0, 30, 0, TimeSpan.FromHours(2))), // 31 Dec UTC: before the range
            Plan(at: new DateTimeOffset(2026, 1, 31, 23, 30, 0, TimeSpan.FromHours(-2)), reason: "no-need"), // 1 Feb UTC
            Plan(at: new DateTimeOffset(2026, 3, 31, 23, 59, 0, TimeSpan.Zero)), // the last day counts
            Plan(at: new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero))); // after the range

        Assert.Equal(2, insights.TotalPlans);
        Assert.Equal([0, 1, 1], insights.OverTime.Select(m => m.Plans));
        Assert.Equal(new Dictionary<string, int> { ["no-need"] = 1 }, insights.OverTime[1].ByReason);
        Assert.Equal(new Dictionary<string, int> { ["price"] = 1 }, insights.OverTime[2].ByReason);
    }

    [Fact]
    public void A_no_is_re_engaged_when_the_prospect_came_back_or_the_rep_closed_it_as_re_engaged_or_won()
    {
        var insights = Compute(
            Plan(replied: true),
            Plan(reopened: true, after: new StepRef(StepKind.Callback, 1)),
            Plan(outcome: PlanOutcome.ReEngaged),
            Plan(outcome: PlanOutcome.Won),
            Plan(outcome: PlanOutcome.StillNo),
            Plan(replied: true, outcome: PlanOutcome.Won),
            Plan());

        var price = Assert.Single(insights.Reasons);
        Assert.Equal(7, insights.TotalPlans);
        Assert.Equal(5, insights.ReEngaged);
        Assert.Equal((7, 5, 2, 1), (price.Plans, price.ReEngaged, price.Replied, price.Reopened));
        Assert.Equal(new OutcomeCounts(ReEngaged: 1, Won: 2, StillNo: 1), price.Outcomes);
    }

    [Fact]
    public void Comebacks_are_grouped_by_the_step_they_came_after_with_before_any_step_first()
    {
        var insights = Compute(
            Plan(replied: true, after: new StepRef(StepKind.Callback, 1)),
            Plan(replied: true, after: new StepRef(StepKind.FollowUp, 1)),
            Plan(reopened: true, after: new StepRef(StepKind.FollowUp, 1)),
            Plan(replied: true, after: new StepRef(StepKind.FollowUp, 2)),
            Plan(replied: true),
            Plan(outcome: PlanOutcome.Won)); // won, but the prospect never wrote back while the plan ran

        Assert.Equal(
            [
                new AfterStepCount(null, 0, 1),
                new AfterStepCount(StepKind.FollowUp, 1, 2),
                new AfterStepCount(StepKind.FollowUp, 2, 1),
                new AfterStepCount(StepKind.Callback, 1, 1),
            ],
            Assert.Single(insights.Reasons).AfterStep);
    }

    [Fact]
    public void Debrief_rows_count_each_answered_question_per_reason_and_how_often_each_answer_was_re_engaged()
    {
        var insights = Compute(
            Plan(debrief: new SelfDebrief(ProposedBeforeExploringNeeds: true), replied: true),
            Plan(debrief: new SelfDebrief(ProposedBeforeExploringNeeds: true)),
            Plan(debrief: new SelfDebrief(ProposedBeforeExploringNeeds: false, LeftTheDoorOpen: true), outcome: PlanOutcome.Won),
            Plan(debrief: new SelfDebrief(Note: "nothing answered")),
            Plan(reason: "no-need", debrief: new SelfDebrief(ProposedBeforeExploringNeeds: false)),
            Plan(reason: "no-need"));

        Assert.Equal(
            [
                new DebriefInsight("proposed-before-exploring-needs", "Proposed before exploring needs", "price", Yes: 2, No: 1, ReEngagedWhenYes: 1, ReEngagedWhenNo: 1),
                new DebriefInsight("left-the-door-open", "Left the door open", "price", Yes: 1, No: 0, ReEngagedWhenYes: 1, ReEngagedWhenNo: 0),
                new DebriefInsight("proposed-before-exploring-needs", "Proposed before exploring needs", "no-need", Yes: 0, No: 1, ReEngagedWhenYes: 0, ReEngagedWhenNo: 0),
            ],
            insights.Debrief);
    }

    [Fact]
    public void Reasons_come_most_frequent_first_with_their_labels_and_reps_with_their_newest_name()
    {
        var insights = Compute(
            Plan(reason: "too-soon", rep: Ava, name: "Ava Brooks", replied: true),
            Plan(reason: "price", rep: Ava, name: "Ava B.", at: new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero)),
            Plan(reason: "price", stage: SalesStage.Demo),
            Plan(reason: "bad-timing"));

        Assert.Equal(["price", "bad-timing", "too-soon"], insights.Reasons.Select(r => r.Code));
        Assert.Equal("Price", insights.Reasons[0].Label);
        Assert.Equal("bad-timing", insights.Reasons[1].Label);
        Assert.Equal([new RepInsight(Ava, "Ava Brooks", 2, 1), new RepInsight(Sam, "Sam Rivera", 2, 0)], insights.ByRep);
        Assert.Equal(
            [
                new ReasonStageCount("bad-timing", SalesStage.Proposal, 1),
                new ReasonStageCount("price", SalesStage.Demo, 1),
                new ReasonStageCount("price", SalesStage.Proposal, 1),
                new ReasonStageCount("too-soon", SalesStage.Proposal, 1),
            ],
            insights.ByReasonAndStage);
    }
}
