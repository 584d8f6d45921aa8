using OutlookFollowUp.Core.Composition;
using OutlookFollowUp.Core.Planning;

namespace OutlookFollowUp.Core.Tests.Composition;

public sealed class TemplateKeyTests
{
    public static TheoryData<StepKind, string?> Keys => new()
    {
        { StepKind.ThankYou, null },
        { StepKind.FollowUp, null },
        { StepKind.FollowUp, "price" },
        { StepKind.Callback, "has-supplier" },
    };

    [Theory]
    [MemberData(nameof(Keys))]
    public void Reads_back_what_it_writes(StepKind kind, string? reason)
    {
        var key = new TemplateKey(kind, reason);

        Assert.True(TemplateKey.TryParse(key.ToString(), out var parsed));
        Assert.Equal(key, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("FollowUp")]
    [InlineData("follow-up/")]
    [InlineData("follow-up/price/extra")]
    [InlineData("meeting/price")]
    public void Refuses_text_it_never_writes(string? text) =>
        Assert.False(TemplateKey.TryParse(text, out _));
}
