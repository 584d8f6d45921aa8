using OutlookFollowUp.Core.Content;
using static OutlookFollowUp.Core.Tests.Content.Library;

namespace OutlookFollowUp.Core.Tests.Content;

public class ContentItemRulesTests
{
    private static readonly ContentItem Good = Item("retention-guide", ["hiring", "retention"]);

    [Fact]
    public void A_well_formed_item_has_no_errors()
    {
        Assert.Empty(ContentItemRules.Validate(Good));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(document.cookie)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://files.example/guide.pdf")]
    [InlineData("mailto:someone@example.com")]
    [InlineData("https://user:secret@content.example/guide")]
    public void A_link_that_is_not_plain_http_or_https_is_rejected_on_the_url_field(string url)
    {
        var errors = ContentItemRules.Validate(Good with { Url = new Uri(url) });

        Assert.Equal(["url"], errors.Keys);
    }

    [Fact]
    public void A_relative_link_is_rejected()
    {
        var errors = ContentItemRules.Validate(Good with { Url = new Uri("guides/retention", UriKind.Relative) });

        Assert.Contains("url", errors.Keys);
    }

    [Fact]
    public void A_missing_link_is_rejected()
    {
        var errors = ContentItemRules.Validate(Good with { Url = null! });

        Assert.Contains("url", errors.Keys);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void An_empty_title_is_rejected(string? title)
    {
        var errors = ContentItemRules.Validate(Good with { Title = title! });

        Assert.Equal(["title"], errors.Keys);
    }

    [Fact]
    public void A_title_with_a_line_break_is_rejected()
    {
        Assert.Contains("title", ContentItemRules.Validate(Good with { Title = "Guide\r\nBcc: someone@example.com" }).Keys);
    }

    [Fact]
    public void A_title_or_summary_longer_than_its_limit_is_rejected_and_one_at_the_limit_is_not()
    {
        Assert.Empty(ContentItemRules.Validate(Good with
        {
            Title = new string('t', ContentItemRules.MaxTitleLength),
            Summary = new string('s', ContentItemRules.MaxSummaryLength),
        }));

        var errors = ContentItemRules.Validate(Good with
        {
            Title = new string('t', ContentItemRules.MaxTitleLength + 1),
            Summary = new string('s', ContentItemRules.MaxSummaryLength + 1),
        });

        Assert.Equal(["summary", "title"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("slash/inside")]
    [InlineData("<script>")]
    public void An_id_outside_the_small_alphabet_is_rejected(string id)
    {
        Assert.Equal(["id"], ContentItemRules.Validate(Good with { Id = id }).Keys);
    }

    [Fact]
    public void An_id_longer_than_its_limit_is_rejected()
    {
        Assert.Equal(["id"], ContentItemRules.Validate(Good with { Id = new string('a', ContentItemRules.MaxIdLength + 1) }).Keys);
    }

    [Fact]
    public void Too_many_tags_are_rejected()
    {
        var tags = Enumerable.Range(0, ContentItemRules.MaxTags + 1).Select(i => $"tag{i}").ToArray();

        Assert.Equal(["tags"], ContentItemRules.Validate(Good with { Tags = tags }).Keys);
    }

    [Fact]
    public void A_tag_longer_than_its_limit_is_rejected()
    {
        Assert.Equal(["tags"], ContentItemRules.Validate(Good with { Tags = [new string('x', ContentItemRules.MaxTagLength + 1)] }).Keys);
    }

    [Fact]
    public void An_undefined_kind_is_rejected()
    {
        Assert.Equal(["kind"], ContentItemRules.Validate(Good with { Kind = (ContentKind)42 }).Keys);
    }

    [Fact]
    public void Errors_in_a_library_name_the_item_and_field_and_catch_a_reused_id()
    {
        var errors = ContentItemRules.Validate([Good, Good with { Title = "" }, Good]);

        Assert.Equal(["items[1].id", "items[1].title", "items[2].id"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Tags_are_stored_trimmed_lower_case_without_duplicates_and_in_order()
    {
        var item = Good with { Tags = ["  Retention ", "hiring", "HIRING", "", "   "] };

        Assert.Equal(["hiring", "retention"], item.Tags);
    }

    [Fact]
    public void Item_tags_are_normalized_the_way_prospect_tags_are()
    {
        string[] raw = [" Remote Work", "SaaS ", "saas"];
        var prospect = new Core.Planning.ProspectTags(raw, [], []).Normalized();

        Assert.Equal(prospect.Order(StringComparer.Ordinal), ContentTags.Normalize(raw));
    }
}
