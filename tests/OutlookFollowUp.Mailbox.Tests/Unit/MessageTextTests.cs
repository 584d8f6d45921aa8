using Microsoft.Graph.Models;
using OutlookFollowUp.Mailbox.Gateway;

namespace OutlookFollowUp.Mailbox.Tests.Unit;

/// <summary>How a reply's body becomes the text the reply check reads.</summary>
public sealed class MessageTextTests
{
    [Fact]
    public void Outlooks_HTML_becomes_one_line_per_paragraph_without_styles_or_markup()
    {
        var body = new ItemBody
        {
            ContentType = BodyType.Html,
            Content = "<html><head><style>p { margin: 0 }</style></head><body><p>I am out of the office until Friday&nbsp;4 December.</p>"
                + "<div>Back on <b>Monday</b>.<br>Urgent? Call Sam &amp; Lee.</div><script>x()</script><table><tr><td>Sam</td><td>+1 555</td></tr></table></body></html>",
        };

        Assert.Equal("I am out of the office until Friday 4 December.\nBack on Monday.\nUrgent? Call Sam & Lee.\nSam +1 555", MessageText.Of(body, 4000));
    }

    [Fact]
    public void Plain_text_keeps_its_lines_and_a_long_body_is_cut_to_the_bound()
    {
        var body = new ItemBody { ContentType = BodyType.Text, Content = "Yes, let's talk.\r\n\r\n<not a tag>\r\n" + new string('x', 5000) };

        var text = MessageText.Of(body, 100);

        Assert.Equal(100, text.Length);
        Assert.StartsWith("Yes, let's talk.\n<not a tag>\nxxx", text, StringComparison.Ordinal);
    }
}
