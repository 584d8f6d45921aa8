using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Reasons;

namespace OutlookFollowUp.Core.Composition;

/// <summary>
/// The product's own wording. Prospect-facing messages are short and ask for nothing: the thank-you leaves the door
/// open, a follow-up gives something useful and says why it was picked for them. The callback event is a briefing for
/// the rep. Values are always output with <c>{{ }}</c> (HTML-encoded); links are tested for emptiness because unsafe
/// ones arrive empty.
/// </summary>
internal static class DefaultTemplates
{
    private const string Greeting = """<p>Hi {{ prospect_first_name | default: "there" }},</p>""";

    private const string SignOff = """<p>Best regards,<br>{{ rep_name }}</p>""";

    private const string SharedItem = """
        <p>{% if content_url != empty %}<a href="{{ content_url }}">{{ content_title }}</a>{% else %}{{ content_title }}{% endif %}{% if content_summary != empty %}<br>{{ content_summary }}{% endif %}</p>
        """;

    public static IReadOnlyDictionary<TemplateKey, MessageTemplate> All { get; } = new Dictionary<TemplateKey, MessageTemplate>
    {
        [new(StepKind.ThankYou)] = new(
            """Thank you for your time{% if prospect_first_name != empty %}, {{ prospect_first_name }}{% endif %}""",
            $$$"""
            {{{Greeting}}}
            <p>Thank you for the conversation, and for being clear about where things stand. That is genuinely helpful.</p>
            {% if callback_agreed %}<p>As we agreed, I will get back in touch in a little while to hear how things have moved on.</p>
            {% else %}<p>If your plans change, I would be glad to hear from you, whenever that is.</p>
            {% endif %}
            {{{SignOff}}}
            """),

        [new(StepKind.ThankYou, ReasonCodes.WrongContact)] = new(
            """Thank you{% if prospect_first_name != empty %}, {{ prospect_first_name }}{% endif %}""",
            $$$"""
            {{{Greeting}}}
            <p>Thank you for your time, and for telling me this is not really on your desk.</p>
            <p>Could you point me to the colleague who looks after it? A name is plenty, or feel free to forward this note.</p>
            {{{SignOff}}}
            """),

        [new(StepKind.FollowUp)] = new(
            """Something you might find useful: {{ content_title }}""",
            $$$"""
            {{{Greeting}}}
            <p>I came across this {{ content_kind }} and thought of you{% if topics.size > 0 %}, as it touches on {{ topics | join: ", " }}, which you mentioned when we spoke{% endif %}.</p>
            {{{SharedItem}}}
            <p>No need to reply. I simply hope it helps.</p>
            {{{SignOff}}}
            """),

        [new(StepKind.FollowUp, ReasonCodes.WrongContact)] = new(
            """Easy to pass on: {{ content_title }}""",
            $$$"""
            {{{Greeting}}}
            <p>Here is a short {{ content_kind }} that gives the gist in a few minutes, in case it is useful to pass on to whoever looks after this{% if topics.size > 0 %} ({{ topics | join: ", " }}){% endif %}.</p>
            {{{SharedItem}}}
            <p>Thanks again for your help.</p>
            {{{SignOff}}}
            """),

        [new(StepKind.Callback)] = new(
            """Call back {{ prospect_name | default: prospect_email }}{% if prospect_company != empty %} ({{ prospect_company }}){% endif %}: {{ reason_label }}""",
            """
            <p><strong>Who:</strong> {{ prospect_name | default: prospect_email }}{% if prospect_company != empty %}, {{ prospect_company }}{% endif %}{% if prospect_email != empty %} &lt;{{ prospect_email }}&gt;{% endif %}</p>
            <p><strong>Why they said no:</strong> {{ reason_label }}</p>
            {% if prospect_words != empty %}<p><strong>In their words:</strong></p>
            <blockquote>&ldquo;{{ prospect_words }}&rdquo;</blockquote>
            {% endif %}<p><strong>A way to open:</strong> {{ suggested_opening }}</p>
            <p><strong>Agreed to this call:</strong> {% if callback_agreed %}yes.{% else %}no, so keep it short and make it easy to say "not now".{% endif %}</p>
            {% if thread_link != empty %}<p><a href="{{ thread_link }}">Open the original conversation</a></p>
            {% endif %}{% if debrief_prompts.size > 0 %}<p><strong>Before you call:</strong></p>
            <ul>{% for prompt in debrief_prompts %}<li>{{ prompt }}</li>{% endfor %}</ul>
            {% endif %}{% if debrief_note != empty %}<p><strong>Your note:</strong> {{ debrief_note }}</p>
            {% endif %}{% if outcome_link != empty %}<p>After the call, record how it went: <a href="{{ outcome_link }}">reached, not reached, re-opened or still no</a></p>
            {% endif %}
            """),
    };
}
