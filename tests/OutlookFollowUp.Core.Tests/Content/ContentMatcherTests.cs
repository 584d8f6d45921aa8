using OutlookFollowUp.Core.Content;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Reasons;
using static OutlookFollowUp.Core.Tests.Content.Library;

namespace OutlookFollowUp.Core.Tests.Content;

public class ContentMatcherTests
{
    private static readonly IReadOnlySet<string> Prospect = Tags("hiring", "retention", "remote work");

    [Fact]
    public void The_item_sharing_the_most_tags_with_the_prospect_is_chosen()
    {
        var matcher = new ContentMatcher(
        [
            Item("a-one", ["hiring"]),
            Item("b-two", ["hiring", "retention"]),
            Item("c-none", ["finance"]),
        ]);

        var match = matcher.Pick(Prospect, None, valueProposition: false, NoPreference);

        Assert.Equal("b-two", match?.Item.Id);
    }

    [Fact]
    public void The_match_names_the_prospect_tags_the_item_covers()
    {
        var matcher = new ContentMatcher([Item("guide", ["retention", "hiring", "finance"])]);

        var match = matcher.Pick(Prospect, None, valueProposition: false, NoPreference);

        Assert.Equal(["hiring", "retention"], match?.MatchedTags);
    }

    [Fact]
    public void Item_tags_match_prospect_tags_whatever_their_case_and_spacing()
    {
        var prospect = new ProspectTags(["  Hiring "], [], []).Normalized();
        var matcher = new ContentMatcher([Item("other", ["finance"]), Item("spaced", [" HIRING  "])]);

        var match = matcher.Pick(prospect, None, valueProposition: false, NoPreference);

        Assert.Equal("spaced", match?.Item.Id);
        Assert.Equal(["hiring"], match?.MatchedTags);
    }

    [Fact]
    public void An_item_already_sent_to_the_prospect_is_never_chosen_even_when_it_fits_best()
    {
        var matcher = new ContentMatcher([Item("best", ["hiring", "retention"]), Item("weaker", ["hiring"])]);

        var match = matcher.Pick(Prospect, Tags("best"), valueProposition: false, NoPreference);

        Assert.Equal("weaker", match?.Item.Id);
    }

    [Fact]
    public void An_item_already_sent_is_not_chosen_even_as_a_fallback_of_the_other_kind()
    {
        var matcher = new ContentMatcher([Item("helpful", ["hiring"]), Item("product", ["hiring"], aboutProduct: true)]);

        var match = matcher.Pick(Prospect, Tags("product"), valueProposition: true, NoPreference);

        Assert.Equal("helpful", match?.Item.Id);
    }

    [Fact]
    public void A_value_proposition_follow_up_gets_an_item_about_the_product_even_if_a_helpful_one_fits_better()
    {
        var matcher = new ContentMatcher(
        [
            Item("helpful", ["hiring", "retention", "remote work"]),
            Item("product", ["hiring"], aboutProduct: true),
        ]);

        var match = matcher.Pick(Prospect, None, valueProposition: true, NoPreference);

        Assert.Equal("product", match?.Item.Id);
        Assert.True(match?.WantedKind);
    }

    [Fact]
    public void A_helpful_follow_up_gets_an_item_not_about_the_product_even_if_a_product_one_fits_better()
    {
        var matcher = new ContentMatcher(
        [
            Item("product", ["hiring", "retention", "remote work"], aboutProduct: true),
            Item("helpful", ["hiring"]),
        ]);

        var match = matcher.Pick(Prospect, None, valueProposition: false, NoPreference);

        Assert.Equal("helpful", match?.Item.Id);
        Assert.True(match?.WantedKind);
    }

    [Fact]
    public void When_nothing_unsent_of_the_wanted_kind_is_left_the_other_kind_is_used_and_flagged()
    {
        var matcher = new ContentMatcher([Item("helpful", ["hiring"]), Item("product", ["hiring"], aboutProduct: true)]);

        var match = matcher.Pick(Prospect, Tags("helpful"), valueProposition: false, NoPreference);

        Assert.Equal("product", match?.Item.Id);
        Assert.False(match?.WantedKind);
    }

    [Fact]
    public void An_item_sharing_no_tag_is_still_chosen_rather_than_nothing()
    {
        var matcher = new ContentMatcher([Item("unrelated", ["finance"])]);

        var match = matcher.Pick(Prospect, None, valueProposition: false, NoPreference);

        Assert.Equal("unrelated", match?.Item.Id);
        Assert.Empty(match!.MatchedTags);
    }

    [Fact]
    public void Among_equally_relevant_items_a_kind_the_reason_prefers_wins()
    {
        var emphasis = new ContentEmphasis("stories", [ContentKind.CaseStudy], 0.5);
        var matcher = new ContentMatcher(
        [
            Item("a-article", ["hiring"], kind: ContentKind.Article),
            Item("z-case", ["hiring"], kind: ContentKind.CaseStudy),
        ]);

        var match = matcher.Pick(Prospect, None, valueProposition: false, emphasis);

        Assert.Equal("z-case", match?.Item.Id);
    }

    [Fact]
    public void A_kind_earlier_in_the_reasons_preferences_beats_a_later_one()
    {
        var emphasis = new ContentEmphasis("tips first", [ContentKind.Tip, ContentKind.Event], 0.5);
        var matcher = new ContentMatcher(
        [
            Item("a-event", ["hiring"], kind: ContentKind.Event),
            Item("z-tip", ["hiring"], kind: ContentKind.Tip),
        ]);

        var match = matcher.Pick(Prospect, None, valueProposition: false, emphasis);

        Assert.Equal("z-tip", match?.Item.Id);
    }

    [Fact]
    public void Tag_overlap_counts_before_the_preferred_kind()
    {
        var emphasis = new ContentEmphasis("stories", [ContentKind.CaseStudy], 0.5);
        var matcher = new ContentMatcher(
        [
            Item("case", ["hiring"], kind: ContentKind.CaseStudy),
            Item("article", ["hiring", "retention"], kind: ContentKind.Article),
        ]);

        var match = matcher.Pick(Prospect, None, valueProposition: false, emphasis);

        Assert.Equal("article", match?.Item.Id);
    }

    [Fact]
    public void Ties_are_broken_by_id_so_the_order_of_the_library_never_changes_the_choice()
    {
        ContentItem[] items = [Item("m", ["hiring"]), Item("b", ["hiring"]), Item("x", ["hiring"]), Item("B", ["hiring"])];

        var choices = Permutations(items)
            .Select(order => new ContentMatcher(order).Pick(Prospect, None, valueProposition: false, NoPreference)?.Item.Id)
            .Distinct()
            .ToList();

        Assert.Equal(["B"], choices);
    }

    [Fact]
    public void Nothing_is_chosen_when_every_item_was_already_sent()
    {
        var matcher = new ContentMatcher([Item("one", ["hiring"]), Item("two", [], aboutProduct: true)]);

        Assert.Null(matcher.Pick(Prospect, Tags("one", "two"), valueProposition: false, NoPreference));
    }

    [Fact]
    public void Nothing_is_chosen_from_an_empty_library()
    {
        Assert.Null(new ContentMatcher([]).Pick(Prospect, None, valueProposition: true, NoPreference));
    }

    [Fact]
    public void A_library_with_two_items_under_one_id_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new ContentMatcher([Item("same", []), Item("same", ["x"])]));

        Assert.Contains("same", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sequence_of_follow_ups_never_repeats_an_item_nor_sends_one_already_sent()
    {
        var matcher = new ContentMatcher(Enumerable.Range(0, 6).Select(i => Item($"item-{i}", ["hiring"], aboutProduct: i % 2 == 0)));

        var picks = matcher.PickSequence(Prospect, Tags("item-0"), [false, true, false, true, false], NoPreference);

        var ids = picks.Select(p => p!.Item.Id).ToList();
        Assert.Equal(5, ids.Distinct().Count());
        Assert.DoesNotContain("item-0", ids);
    }

    [Fact]
    public void A_sequence_mixes_helpful_and_value_proposition_items_as_each_follow_up_asks()
    {
        var matcher = new ContentMatcher(
        [
            Item("help-1", ["hiring", "retention"]),
            Item("help-2", ["hiring"]),
            Item("help-3", ["remote work"]),
            Item("product-1", ["hiring", "retention"], aboutProduct: true),
            Item("product-2", ["retention"], aboutProduct: true),
        ]);

        var picks = matcher.PickSequence(Prospect, None, [false, false, true, false, true], NoPreference);

        Assert.Equal([false, false, true, false, true], picks.Select(p => p!.Item.AboutProduct));
        Assert.Equal(["help-1", "help-2", "product-1", "help-3", "product-2"], picks.Select(p => p!.Item.Id));
        Assert.All(picks, p => Assert.True(p!.WantedKind));
    }

    [Fact]
    public void A_sequence_falls_back_to_the_other_kind_and_then_runs_out()
    {
        var matcher = new ContentMatcher([Item("help", ["hiring"]), Item("product", ["hiring"], aboutProduct: true)]);

        var picks = matcher.PickSequence(Prospect, None, [true, true, true], NoPreference);

        Assert.Equal("product", picks[0]?.Item.Id);
        Assert.Equal("help", picks[1]?.Item.Id);
        Assert.False(picks[1]?.WantedKind);
        Assert.Null(picks[2]);
    }

    [Fact]
    public void A_sequence_is_the_same_every_time_for_the_same_inputs()
    {
        var items = Enumerable.Range(0, 12)
            .Select(i => Item($"i{i:00}", i % 3 == 0 ? ["hiring"] : ["retention", "hiring"], aboutProduct: i % 4 == 0, kind: (ContentKind)(i % 5)))
            .ToList();
        var emphasis = DefaultReasons.All.Single(r => r.Code == ReasonCodes.NoNeed).Emphasis;
        bool[] wants = [false, true, false, false, true, false];

        var first = new ContentMatcher(items).PickSequence(Prospect, None, wants, emphasis).Select(p => p?.Item.Id);
        var second = new ContentMatcher(Enumerable.Reverse(items)).PickSequence(Prospect, None, wants, emphasis).Select(p => p?.Item.Id);

        Assert.Equal(first, second);
    }

    private static IEnumerable<ContentItem[]> Permutations(ContentItem[] items) =>
        items.Length <= 1
            ? [items]
            : items.SelectMany((item, i) => Permutations([.. items[..i], .. items[(i + 1)..]]).Select(rest => (ContentItem[])[item, .. rest]));
}
