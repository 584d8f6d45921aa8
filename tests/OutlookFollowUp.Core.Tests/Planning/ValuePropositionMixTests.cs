using OutlookFollowUp.Core.Planning;

namespace OutlookFollowUp.Core.Tests.Planning;

public sealed class ValuePropositionMixTests
{
    [Theory]
    [InlineData(3, 0.34, "- - V")]
    [InlineData(2, 0.5, "- V")]
    [InlineData(4, 0.5, "- V - V")]
    [InlineData(6, 0.25, "- - V - - V")]
    [InlineData(2, 0.2, "- -")]
    [InlineData(1, 1.0, "V")]
    [InlineData(3, 1.0, "V V V")]
    [InlineData(5, 0.0, "- - - - -")]
    [InlineData(0, 0.5, "")]
    public void Value_proposition_follow_ups_keep_the_share_spread_towards_the_end(int followUps, double share, string expected) =>
        Assert.Equal(expected, Render(ValuePropositionMix.For(followUps, share)));

    [Theory]
    [InlineData(1, 0.5)]
    [InlineData(2, 0.9)]
    [InlineData(4, 0.99)]
    public void The_first_follow_up_is_helpful_unless_every_follow_up_is_a_value_proposition(int followUps, double share) =>
        Assert.False(ValuePropositionMix.For(followUps, share)[0]);

    private static string Render(IReadOnlyList<bool> mix) => string.Join(' ', mix.Select(v => v ? "V" : "-"));
}
