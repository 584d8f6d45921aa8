using OutlookFollowUp.Core.Composition;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Reasons;

namespace OutlookFollowUp.Core.Tests.Composition;

public class TemplateSetTests
{
    private static readonly MessageTemplate Marker = new("Custom {{ prospect_first_name }}", "<p>Custom for {{ prospect_name }}</p>");

    [Fact]
    public void A_reason_variant_is_used_over_the_kind_default()
    {
        var message = MessageComposer.Default.Compose(Samples.ThankYou with { ReasonCode = ReasonCodes.WrongContact });

        Assert.Contains("Could you point me to the colleague", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Thank you for the conversation", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reason_without_a_variant_gets_the_kind_default()
    {
        var (key, _) = TemplateSet.Default.Resolve(StepKind.ThankYou, ReasonCodes.BadTiming);

        Assert.Equal(new TemplateKey(StepKind.ThankYou), key);
    }

    [Fact]
    public void An_admin_override_of_a_kind_default_is_used_for_every_reason_without_a_variant()
    {
        var composer = new MessageComposer(TemplateSet.Default.With(new TemplateKey(StepKind.ThankYou), Marker));

        var message = composer.Compose(Samples.ThankYou with { ReasonCode = ReasonCodes.Price });

        Assert.Equal("Custom Ana", message.Subject);
        Assert.Equal("<p>Custom for Ana Silva</p>", message.HtmlBody);
    }

    [Fact]
    public void An_admin_variant_for_one_reason_leaves_other_reasons_on_the_default()
    {
        var composer = new MessageComposer(TemplateSet.Default.With(new TemplateKey(StepKind.FollowUp, ReasonCodes.Price), Marker));

        Assert.Equal("Custom Ana", composer.Compose(Samples.FollowUp with { ReasonCode = ReasonCodes.Price }).Subject);
        Assert.StartsWith("Something you might find useful", composer.Compose(Samples.FollowUp with { ReasonCode = ReasonCodes.NoNeed }).Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_a_set_leaves_the_original_unchanged()
    {
        var edited = TemplateSet.Default.With(new TemplateKey(StepKind.Callback), Marker);

        Assert.NotSame(Marker, TemplateSet.Default.Templates[new TemplateKey(StepKind.Callback)]);
        Assert.Same(Marker, edited.Templates[new TemplateKey(StepKind.Callback)]);
    }

    [Fact]
    public void Removing_a_variant_brings_back_the_kind_default_for_that_reason()
    {
        var key = new TemplateKey(StepKind.ThankYou, ReasonCodes.WrongContact);

        var (used, _) = TemplateSet.Default.Without(key).Resolve(StepKind.ThankYou, ReasonCodes.WrongContact);

        Assert.Equal(new TemplateKey(StepKind.ThankYou), used);
    }

    [Fact]
    public void Removing_an_edited_kind_default_restores_the_products_own_rather_than_leaving_none()
    {
        var key = new TemplateKey(StepKind.Callback);

        var restored = TemplateSet.Default.With(key, Marker).Without(key);

        Assert.Equal(TemplateSet.Default.Templates[key], restored.Templates[key]);
    }

    [Fact]
    public void A_set_with_a_broken_template_cannot_become_a_composer_and_the_error_names_the_template()
    {
        var broken = TemplateSet.Default.With(new TemplateKey(StepKind.FollowUp, ReasonCodes.Price), new("ok", "{% if x %}no end"));

        var error = Assert.Throws<TemplateException>(() => new MessageComposer(broken));

        Assert.Contains("follow-up/price", error.Message, StringComparison.Ordinal);
        Assert.Contains("body", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_keys_read_as_kind_and_reason()
    {
        Assert.Equal("callback", new TemplateKey(StepKind.Callback).ToString());
        Assert.Equal("thank-you/no-budget", new TemplateKey(StepKind.ThankYou, ReasonCodes.NoBudget).ToString());
    }
}
