using OutlookFollowUp.Core.Planning;

namespace OutlookFollowUp.Core.Tests.Planning;

public sealed class StepRefTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    // Numbered out of due order on purpose: a re-plan appends numbers, so ordinals come from the due instants.
    private static readonly PlanStep[] Steps =
    [
        new(1, StepKind.ThankYou, T0, StepStatus.Done),
        new(5, StepKind.FollowUp, T0.AddDays(14), StepStatus.Done),
        new(2, StepKind.FollowUp, T0.AddDays(35), StepStatus.Done),
        new(3, StepKind.Callback, T0.AddDays(60)),
        new(4, StepKind.FollowUp, T0.AddDays(80)),
    ];

    [Fact]
    public void Names_a_step_by_its_place_among_its_kind_in_due_order()
    {
        Assert.Equal(new StepRef(StepKind.FollowUp, 1), StepRef.Of(Steps, 5));
        Assert.Equal(new StepRef(StepKind.FollowUp, 2), StepRef.Of(Steps, 2));
        Assert.Equal(new StepRef(StepKind.Callback, 1), StepRef.Of(Steps, 3));
        Assert.Throws<InvalidOperationException>(() => StepRef.Of(Steps, 9));
    }

    [Fact]
    public void A_reply_came_after_the_last_step_that_had_run_by_then()
    {
        Assert.Null(StepRef.LastRunBefore(Steps, T0.AddMinutes(-1)));
        Assert.Equal(new StepRef(StepKind.ThankYou, 1), StepRef.LastRunBefore(Steps, T0.AddDays(3)));
        Assert.Equal(new StepRef(StepKind.FollowUp, 2), StepRef.LastRunBefore(Steps, T0.AddDays(90)));
    }
}
