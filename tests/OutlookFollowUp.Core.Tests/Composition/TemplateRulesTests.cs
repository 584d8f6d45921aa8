using OutlookFollowUp.Core.Composition;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Reasons;

namespace OutlookFollowUp.Core.Tests.Composition;

public class TemplateRulesTests
{
    private static readonly TemplateKey FollowUp = new(StepKind.FollowUp);

    private static IReadOnlyDictionary<string, string[]> Body(string body) =>
        TemplateRules.Validate(FollowUp, new MessageTemplate("Hello {{ prospect_first_name }}", body));

    [Fact]
    public void A_sound_admin_template_has_no_errors()
    {
        var errors = Body("""
            <p>Dear {{ prospect_name | default: "friend" }},</p>
            {% for topic in topics %}<em>{{ topic | capitalize }}</em>{% endfor %}
            <a href="{{ content_url }}">{{ content_title | truncate: 80 }}</a>
            """);

        Assert.Empty(errors);
    }

    [Fact]
    public void An_unclosed_tag_is_reported_on_the_body_field_with_its_position()
    {
        var errors = Body("<p>{% if topics.size > 0 %}About {{ topics | first }}</p>");

        var message = Assert.Single(Assert.Contains("htmlBody", errors));
        Assert.Contains("(1:", message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_subject_is_reported_on_the_subject_field()
    {
        var errors = TemplateRules.Validate(FollowUp, new MessageTemplate("Hi {{ prospect_first_name", "<p>ok</p>"));

        Assert.Equal(["subject"], errors.Keys);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_template_is_rejected(string source)
    {
        var errors = TemplateRules.Validate(FollowUp, new MessageTemplate(source, source));

        Assert.Equal(["htmlBody", "subject"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_body_longer_than_the_limit_is_rejected()
    {
        Assert.Contains("htmlBody", Body(new string('x', TemplateRules.MaxBodySourceLength + 1)).Keys);
    }

    [Theory]
    [InlineData("{{ prospect_words | raw }}")]
    [InlineData("{{ content_title | upcase | raw }}")]
    public void The_raw_filter_is_rejected_so_no_value_escapes_encoding(string body)
    {
        Assert.Contains("raw", Assert.Single(Assert.Contains("htmlBody", Body(body))), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ content_title | md5 }}")]
    [InlineData("{{ 1 | format_number: 'D999999999' }}")]
    [InlineData("{{ content_title | json }}")]
    public void Filters_outside_the_allowed_set_are_rejected(string body)
    {
        Assert.Contains("htmlBody", Body(body).Keys);
    }

    [Fact]
    public void A_misspelt_variable_is_rejected_rather_than_rendering_empty()
    {
        Assert.Contains("contnet_title", Assert.Single(Assert.Contains("htmlBody", Body("{{ contnet_title }}"))), StringComparison.Ordinal);
    }

    [Fact]
    public void A_variable_of_another_step_kind_is_rejected()
    {
        Assert.Contains("htmlBody", Body("{{ suggested_opening }}").Keys);
    }

    [Fact]
    public void A_template_for_an_unknown_reason_is_rejected()
    {
        var errors = TemplateRules.Validate(new TemplateKey(StepKind.ThankYou, "not-a-reason"), TemplateSet.Default.Templates[new TemplateKey(StepKind.ThankYou)]);

        Assert.Equal(["reasonCode"], errors.Keys);
    }

    [Fact]
    public void A_template_for_a_known_reason_is_accepted()
    {
        var errors = TemplateRules.Validate(new TemplateKey(StepKind.ThankYou, ReasonCodes.ChoseOther), TemplateSet.Default.Templates[new TemplateKey(StepKind.ThankYou)]);

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("{% include 'secrets' %}")]
    [InlineData("{% render 'other' %}")]
    public void Tags_that_load_other_templates_are_rejected(string body)
    {
        Assert.Contains("htmlBody", Body(body).Keys);
    }

    [Theory]
    [InlineData("{% for i in (1..2000000000) %}x{% endfor %}")]
    [InlineData("{% assign n = 2000000000 %}{% for i in (1..n) %}x{% endfor %}")]
    public void A_range_that_is_huge_or_not_a_small_literal_is_rejected_before_it_can_allocate(string body)
    {
        Assert.Contains("range", Assert.Single(Assert.Contains("htmlBody", Body(body))), StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_loops_that_run_too_many_steps_are_rejected()
    {
        var errors = Body("{% for i in (1..99) %}{% for j in (1..99) %}{% for k in (1..99) %}x{% endfor %}{% endfor %}{% endfor %}");

        Assert.Contains("steps", Assert.Single(Assert.Contains("htmlBody", errors)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{% assign s = 'ab' %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s }}")]
    [InlineData("{% assign s = 'ab' %}{% for i in (1..40) %}{% capture s %}{{ s }}{{ s }}{% endcapture %}{% endfor %}{{ s }}")]
    public void A_value_doubled_in_a_loop_is_stopped_long_before_it_exhausts_memory(string body)
    {
        Assert.Contains("htmlBody", Body(body).Keys);
    }
}
