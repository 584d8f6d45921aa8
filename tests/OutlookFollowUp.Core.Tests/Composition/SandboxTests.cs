using System.Diagnostics;
using OutlookFollowUp.Core.Composition;
using OutlookFollowUp.Core.Planning;

namespace OutlookFollowUp.Core.Tests.Composition;

/// <summary>Limits enforced when composing, for templates that compile but misbehave when run.</summary>
public class SandboxTests
{
    private static MessageComposer WithBody(string body) =>
        new(TemplateSet.Default.With(new TemplateKey(StepKind.Callback), new MessageTemplate("Call", body)));

    [Fact]
    public void An_admin_template_that_loops_far_too_long_is_stopped_quickly_and_named()
    {
        var composer = WithBody("{% for i in (1..99) %}{% for j in (1..99) %}{% for k in (1..99) %}{{ k }}{% endfor %}{% endfor %}{% endfor %}");
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<TemplateException>(() => composer.Compose(Samples.Callback));

        Assert.Contains("callback", error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void An_admin_template_whose_output_grows_past_the_limit_is_stopped()
    {
        var composer = WithBody("{% for i in (1..99) %}{{ prospect_words }}{% endfor %}");
        var model = Samples.Callback with { ProspectWords = new string('<', 5000) };

        var error = Assert.Throws<TemplateException>(() => composer.Compose(model));

        Assert.Contains("output", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_doubling_assignment_is_stopped_when_composing()
    {
        var composer = WithBody("{% assign s = prospect_words %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s.size }}");

        Assert.Throws<TemplateException>(() => composer.Compose(Samples.Callback));
    }

    [Fact]
    public void A_raw_filter_cannot_get_past_the_composer_either()
    {
        Assert.Throws<TemplateException>(() => WithBody("{{ prospect_words | raw }}"));
    }

    [Fact]
    public void Templates_see_only_the_documented_variables_never_the_model_objects_behind_them()
    {
        var composer = WithBody("[{{ ProspectWords }}{{ Prospect.Email }}{{ model }}{{ Prospect }}{{ RepName }}]");

        Assert.Equal("[]", composer.Compose(Samples.Callback).HtmlBody);
    }
}
