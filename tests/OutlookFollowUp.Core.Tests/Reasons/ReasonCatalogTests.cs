using OutlookFollowUp.Core.Reasons;

namespace OutlookFollowUp.Core.Tests.Reasons;

public sealed class ReasonCatalogTests
{
    public static TheoryData<string> Codes => [.. ReasonCodes.All];

    [Fact]
    public void The_default_catalog_has_exactly_one_reason_per_code() =>
        Assert.Equal(ReasonCodes.All.Order(StringComparer.Ordinal), ReasonCatalog.Default.Reasons.Select(r => r.Code).Order(StringComparer.Ordinal));

    [Fact]
    public void A_label_is_the_tenants_own_and_an_unknown_code_reads_as_itself()
    {
        var catalog = ReasonCatalog.Default.WithOverrides([new ReasonOverride(ReasonCodes.Price, Label: "Budget too tight")]);

        Assert.Equal("Budget too tight", catalog.LabelOf(ReasonCodes.Price));
        Assert.Equal("retired-reason", catalog.LabelOf("retired-reason"));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_default_playbook_is_one_a_plan_can_be_built_from(string code)
    {
        var reason = ReasonCatalog.Default.Get(code);

        Assert.True(reason.CallbackWindow.FromDays <= reason.CallbackWindow.ToDays);
        Assert.NotEmpty(reason.FollowUpDays);
        Assert.All(reason.FollowUpDays, days => Assert.True(days > 0));
        Assert.InRange(reason.Emphasis.ValuePropositionShare, 0, 1);
        Assert.False(string.IsNullOrWhiteSpace(reason.SuggestedOpening));
    }

    [Fact]
    public void An_override_for_an_unknown_code_is_rejected() =>
        Assert.ThrowsAny<ArgumentException>(() => ReasonCatalog.Default.WithOverrides([new ReasonOverride("made-up")]));

    [Fact]
    public void Overrides_make_a_new_catalog_and_leave_the_defaults_alone()
    {
        var edited = ReasonCatalog.Default.WithOverrides([new ReasonOverride(ReasonCodes.Price, FollowUpDays: [5])]);

        Assert.Equal([5], edited.Get(ReasonCodes.Price).FollowUpDays);
        Assert.Equal([21, 49], ReasonCatalog.Default.Get(ReasonCodes.Price).FollowUpDays);
    }
}
