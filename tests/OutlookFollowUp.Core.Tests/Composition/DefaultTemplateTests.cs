using OutlookFollowUp.Core.Composition;
using OutlookFollowUp.Core.Planning;

namespace OutlookFollowUp.Core.Tests.Composition;

public class DefaultTemplateTests
{
    private static ComposedMessage Compose(MessageModel model) => MessageComposer.Default.Compose(model);

    [Fact]
    public void The_thank_you_note_greets_the_prospect_thanks_them_and_is_signed_by_the_rep()
    {
        var message = Compose(Samples.ThankYou);

        Assert.Equal("Thank you for your time, Ana", message.Subject);
        Assert.Contains("Hi Ana,", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Thank you for the conversation", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Sam Lee", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void The_thank_you_note_mentions_the_next_contact_only_when_the_prospect_agreed_to_one()
    {
        var agreed = Compose(Samples.ThankYou);
        var notAgreed = Compose(Samples.ThankYou with { CallbackAgreed = false });

        Assert.Contains("As we agreed", agreed.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("As we agreed", notAgreed.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("If your plans change", notAgreed.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prospect_without_a_name_is_greeted_warmly_and_the_subject_has_no_dangling_comma()
    {
        var message = Compose(Samples.ThankYou with { Prospect = new Prospect("someone@contoso.example") });

        Assert.Equal("Thank you for your time", message.Subject);
        Assert.Contains("Hi there,", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void The_follow_up_links_the_chosen_item_and_says_which_of_their_goals_it_touches()
    {
        var message = Compose(Samples.FollowUp);

        Assert.Equal("Something you might find useful: A practical guide to keeping new hires", message.Subject);
        Assert.Contains("""<a href="https://content.example/retention-guide">A practical guide to keeping new hires</a>""", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Seven habits of teams whose new starters stay.", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("touches on retention, which you mentioned", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Hi Ana,", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_follow_up_whose_item_matched_no_tag_does_not_claim_it_fits_their_goals()
    {
        var message = Compose(Samples.FollowUp with { Topics = [] });

        Assert.DoesNotContain("which you mentioned", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("thought of you.", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void The_callback_event_briefs_the_rep_with_every_fact_they_need()
    {
        var message = Compose(Samples.Callback);

        Assert.Equal("Call back Ana Silva (Contoso Ltd): Price", message.Subject);
        Assert.Contains("<strong>Why they said no:</strong> Price", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&ldquo;Honestly, it is more than we can justify right now.&rdquo;", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Would it help to look at what staying as you are is costing?", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<strong>Agreed to this call:</strong> yes.", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("""<a href="https://outlook.office.com/mail/inbox/id/AAMk123">""", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<li>Open with questions about their goals.</li>", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Check whether finance joined the decision.", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("ana.silva@contoso.example", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void The_callback_event_tells_the_rep_when_the_prospect_did_not_agree_to_the_call()
    {
        var message = Compose(Samples.Callback with { CallbackAgreed = false });

        Assert.Contains("<strong>Agreed to this call:</strong> no", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void The_callback_event_leaves_out_what_is_unknown()
    {
        var message = Compose(Samples.Callback with
        {
            ProspectWords = null,
            ThreadLink = null,
            OutcomeLink = null,
            DebriefPrompts = [],
            DebriefNote = null,
            Prospect = new Prospect("ana.silva@contoso.example"),
        });

        Assert.Equal("Call back ana.silva@contoso.example: Price", message.Subject);
        Assert.DoesNotContain("In their words", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("href", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Before you call", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Your note", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void The_callback_event_links_to_the_page_that_records_how_the_call_went()
    {
        var message = Compose(Samples.Callback);

        Assert.Contains(
            """<p>After the call, record how it went: <a href="https://func-follow-up.azurewebsites.net/api/callback-outcome?t=eyJ2MSJ9.c2ln">""",
            message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_outcome_link_the_callback_event_does_not_mention_recording_the_call()
    {
        var message = Compose(Samples.Callback with { OutcomeLink = null });

        Assert.DoesNotContain("record how it went", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("callback-outcome", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_templates_never_use_the_raw_filter()
    {
        Assert.All(
            TemplateSet.Default.Templates.Values,
            t => Assert.DoesNotMatch(@"\|\s*raw\b|{%-?\s*raw", t.Subject + t.HtmlBody));
    }

    [Fact]
    public void The_default_templates_cover_every_step_kind()
    {
        Assert.All(
            Enum.GetValues<StepKind>(),
            kind => Assert.Contains(new TemplateKey(kind), TemplateSet.Default.Templates.Keys));
    }

    public static TheoryData<string> DefaultKeys() => [.. TemplateSet.Default.Templates.Keys.Select(k => k.ToString())];

    [Theory]
    [MemberData(nameof(DefaultKeys))]
    public void Every_default_template_passes_the_rules_admins_must_meet(string key)
    {
        var (templateKey, template) = TemplateSet.Default.Templates.Single(t => t.Key.ToString() == key);

        Assert.Empty(TemplateRules.Validate(templateKey, template));
    }
}
