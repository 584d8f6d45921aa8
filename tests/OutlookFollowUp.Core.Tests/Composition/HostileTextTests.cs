using System.Net;
using System.Text.RegularExpressions;
using OutlookFollowUp.Core.Composition;

namespace OutlookFollowUp.Core.Tests.Composition;

/// <summary>
/// Whatever a prospect, a rep or an admin's content library puts in a field, the composed message stays inert:
/// no markup from user text, no template execution, no header injection, no runaway size.
/// </summary>
public partial class HostileTextTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string ImageAttack = "\"><img src=x onerror=alert(1)>";
    private const string LinkAttack = "</a><a href=\"javascript:alert(1)\">click</a>";
    private const string LiquidOutput = "{{ 7*7 }}{{ rep_name }}";
    private const string LiquidLoop = "{% for i in (1..3) %}LOOPED{% endfor %}{% raw %}";
    private const string Controls = "A\u0000B\u0007C\r\nBcc: victim@example.com\rX-Header: 1\u2028Y";
    private static readonly string Huge = string.Concat(Enumerable.Repeat("<script>x</script> {{ 7*7 }} ", 4000)); // ~112 KB

    /// <summary>Every user-supplied field of every model, by name, with a way to put a payload in it.</summary>
    private static readonly Dictionary<string, Func<string, MessageModel>> Fields = new()
    {
        ["thank-you rep name"] = v => Samples.ThankYou with { RepName = v },
        ["thank-you prospect name"] = v => Samples.ThankYou with { Prospect = Samples.Prospect with { Name = v } },
        ["thank-you prospect name first"] = v => Samples.ThankYou with { Prospect = Samples.Prospect with { Name = v + " Silva" } },
        ["thank-you company"] = v => Samples.ThankYou with { Prospect = Samples.Prospect with { Company = v } },
        ["follow-up rep name"] = v => Samples.FollowUp with { RepName = v },
        ["follow-up prospect name"] = v => Samples.FollowUp with { Prospect = Samples.Prospect with { Name = v } },
        ["follow-up content title"] = v => Samples.FollowUp with { Content = Samples.Item with { Title = v } },
        ["follow-up content summary"] = v => Samples.FollowUp with { Content = Samples.Item with { Summary = v } },
        ["follow-up topic"] = v => Samples.FollowUp with { Topics = [v, "retention"] },
        ["callback rep name"] = v => Samples.Callback with { RepName = v },
        ["callback prospect name"] = v => Samples.Callback with { Prospect = Samples.Prospect with { Name = v } },
        ["callback prospect email"] = v => Samples.Callback with { Prospect = new(v) },
        ["callback company"] = v => Samples.Callback with { Prospect = Samples.Prospect with { Company = v } },
        ["callback reason label"] = v => Samples.Callback with { ReasonLabel = v },
        ["callback prospect words"] = v => Samples.Callback with { ProspectWords = v },
        ["callback suggested opening"] = v => Samples.Callback with { SuggestedOpening = v },
        ["callback debrief prompt"] = v => Samples.Callback with { DebriefPrompts = [v] },
        ["callback debrief note"] = v => Samples.Callback with { DebriefNote = v },
    };

    private static readonly Dictionary<string, string> Payloads = new()
    {
        ["script"] = Script,
        ["img onerror"] = ImageAttack,
        ["javascript link"] = LinkAttack,
        ["liquid output"] = LiquidOutput,
        ["liquid loop"] = LiquidLoop,
        ["control characters"] = Controls,
        ["100 KB"] = Huge,
    };

    public static TheoryData<string, string> FieldsTimesPayloads()
    {
        var data = new TheoryData<string, string>();
        foreach (var field in Fields.Keys)
        {
            foreach (var payload in Payloads.Keys)
                data.Add(field, payload);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FieldsTimesPayloads))]
    public void Hostile_text_in_any_field_renders_inert(string field, string payload)
    {
        var message = MessageComposer.Default.Compose(Fields[field](Payloads[payload]));

        // No markup that came from user text: the only tags are the template's own.
        Assert.DoesNotContain("<script", message.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", message.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.All(Hrefs().Matches(message.HtmlBody), href => Assert.StartsWith("https://", href.Groups[1].Value, StringComparison.Ordinal));
        Assert.Equal(0, CountUnexpectedTags(message.HtmlBody));

        // Liquid in values is text, never code.
        Assert.DoesNotContain("49", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("LOOPEDLOOPED", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("49", message.Subject, StringComparison.Ordinal);

        // Subjects stay on one line and within Graph's limits; bodies carry no control characters.
        Assert.DoesNotMatch(@"[\u0000-\u001F\u007F\u2028\u2029]", message.Subject);
        Assert.True(message.Subject.Length <= 255, $"subject is {message.Subject.Length} characters");
        // Decoded, because the encoder would otherwise hide a control character behind a character reference.
        Assert.DoesNotMatch(@"[\u0000-\u0008\u000B-\u001F\u007F\uFFFD]", WebUtility.HtmlDecode(message.HtmlBody));

        // A 100 KB value is cut down to a sane size.
        Assert.True(message.HtmlBody.Length < 20_000, $"body is {message.HtmlBody.Length} characters");
    }

    [Theory]
    [InlineData(Script, "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData(ImageAttack, "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData(LiquidOutput, "{{ 7*7 }}{{ rep_name }}")]
    [InlineData(LiquidLoop, "{% for i in (1..3) %}LOOPED{% endfor %}{% raw %}")]
    public void Hostile_text_shows_up_literally_for_the_reader(string payload, string expected)
    {
        var message = MessageComposer.Default.Compose(Samples.Callback with { ProspectWords = payload });

        Assert.Contains(expected, message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Liquid_in_a_subject_value_stays_literal_text()
    {
        var message = MessageComposer.Default.Compose(Samples.FollowUp with { Content = Samples.Item with { Title = LiquidOutput } });

        Assert.Equal("Something you might find useful: {{ 7*7 }}{{ rep_name }}", message.Subject);
    }

    [Fact]
    public void Line_breaks_and_control_characters_in_a_subject_value_cannot_start_a_new_header()
    {
        var message = MessageComposer.Default.Compose(Samples.FollowUp with { Content = Samples.Item with { Title = Controls } });

        Assert.Equal("Something you might find useful: ABC Bcc: victim@example.com X-Header: 1 Y", message.Subject);
    }

    [Fact]
    public void Subjects_are_plain_text_so_ampersands_and_angle_brackets_are_not_encoded()
    {
        var model = Samples.FollowUp with { Content = Samples.Item with { Title = "Q&A: \"hiring\" <2025>" } };

        var message = MessageComposer.Default.Compose(model);

        Assert.Equal("Something you might find useful: Q&A: \"hiring\" <2025>", message.Subject);
        Assert.Contains("Q&amp;A: &quot;hiring&quot; &lt;2025&gt;", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subject_is_cut_to_255_characters_with_an_ellipsis()
    {
        var message = MessageComposer.Default.Compose(Samples.Callback with { Prospect = new("x@example.com", Huge, Huge) });

        Assert.Equal(255, message.Subject.Length);
        Assert.EndsWith("…", message.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_quote_is_truncated_with_an_ellipsis_rather_than_dropped()
    {
        var message = MessageComposer.Default.Compose(Samples.Callback with { ProspectWords = new string('w', 100_000) });

        // The ellipsis is HTML-encoded like any non-ASCII character in a value.
        Assert.Contains(new string('w', 1000) + "&#x2026;", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('w', 2001), message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncation_never_splits_an_emoji_in_half()
    {
        var message = MessageComposer.Default.Compose(Samples.Callback with { ProspectWords = string.Concat(Enumerable.Repeat("😀", 5000)) });

        Assert.DoesNotContain("&#xFFFD;", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFFFD", message.HtmlBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JAVASCRIPT:alert(document.domain)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("file:///c:/windows/win.ini")]
    public void An_unsafe_thread_or_outcome_link_never_becomes_an_href(string link)
    {
        var message = MessageComposer.Default.Compose(Samples.Callback with { ThreadLink = new Uri(link), OutcomeLink = new Uri(link) });

        Assert.DoesNotContain("href", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("script:", message.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsafe_content_link_leaves_the_title_as_plain_text()
    {
        var model = Samples.FollowUp with { Content = Samples.Item with { Url = new Uri("javascript:alert(1)") } };

        var message = MessageComposer.Default.Compose(model);

        Assert.DoesNotContain("href", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("A practical guide to keeping new hires", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_and_brackets_inside_a_safe_link_cannot_break_out_of_the_href()
    {
        var model = Samples.Callback with { ThreadLink = new Uri("https://outlook.example/x?q=\"><script>alert(1)</script>"), OutcomeLink = null };

        var message = MessageComposer.Default.Compose(model);

        var href = Assert.Single(Hrefs().Matches(message.HtmlBody)).Groups[1].Value;
        Assert.Equal("https://outlook.example/x?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E", href);
    }

    // Tags other than the ones the default templates use would have come from user text.
    private static int CountUnexpectedTags(string html) =>
        Tags().Matches(html).Count(m => !AllowedTags.Contains(m.Groups[1].Value.ToLowerInvariant()));

    private static readonly HashSet<string> AllowedTags = ["p", "br", "a", "strong", "blockquote", "ul", "li"];

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Hrefs();

    [GeneratedRegex("</?([A-Za-z][A-Za-z0-9]*)")]
    private static partial Regex Tags();
}
