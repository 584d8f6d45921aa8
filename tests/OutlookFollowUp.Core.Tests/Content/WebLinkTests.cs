using OutlookFollowUp.Core.Content;

namespace OutlookFollowUp.Core.Tests.Content;

public class WebLinkTests
{
    [Theory]
    [InlineData("https://content.example/guide?x=1#top")]
    [InlineData("http://content.example/")]
    [InlineData("  https://content.example/padded  ")]
    public void Plain_http_and_https_links_are_accepted(string text)
    {
        Assert.NotNull(WebLink.TryParse(text));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("/relative/path")]
    [InlineData("content.example/no-scheme")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_refused(string? text)
    {
        Assert.Null(WebLink.TryParse(text));
    }

    [Fact]
    public void A_link_longer_than_mail_clients_handle_is_refused()
    {
        Assert.Null(WebLink.TryParse("https://content.example/" + new string('a', WebLink.MaxLength)));
    }
}
