using OutlookFollowUp.Core.Planning;

namespace OutlookFollowUp.Core.Tests.Planning;

public sealed class PlanStepTests
{
    private static readonly DateTimeOffset Due = new(2026, 5, 6, 13, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_callbacks_event_is_made_two_weeks_before_the_call()
    {
        var callback = new PlanStep(3, StepKind.Callback, Due);

        Assert.Equal(Due.AddDays(-14), callback.RunAt);
    }

    [Theory]
    [InlineData(StepKind.ThankYou)]
    [InlineData(StepKind.FollowUp)]
    public void A_draft_is_made_on_its_date(StepKind kind) =>
        Assert.Equal(Due, new PlanStep(1, kind, Due).RunAt);
}
