using System.Net;
using System.Net.Http.Json;
using OutlookFollowUp.GraphSandbox.Faults;
using OutlookFollowUp.Mailbox.Tests.Support;

namespace OutlookFollowUp.Mailbox.Tests;

/// <summary>The sandbox's own page and knobs, as a person or a script uses them over HTTP.</summary>
public sealed class SandboxPageTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxFixture fixture;

    public SandboxPageTests(SandboxFixture fixture) => this.fixture = fixture;

    [Fact]
    public async Task The_page_shows_each_mailboxs_items_with_every_value_HTML_encoded()
    {
        fixture.Sandbox.Reset(seedDemo: true);
        var rep = TestReps.Add(fixture.Sandbox);
        fixture.Sandbox.AddEvent(rep.Id, "<script>alert(1)</script> review", DateTimeOffset.UtcNow.AddDays(1), DateTimeOffset.UtcNow.AddDays(1).AddHours(1));
        using var http = new HttpClient { BaseAddress = new Uri(fixture.GraphBaseUrl, "/") };

        var page = await http.GetStringAsync(new Uri("/sandbox", UriKind.Relative));

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; review", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
        Assert.Contains("Ava Brooks", page, StringComparison.Ordinal);
        Assert.Contains("Pipeline review", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Faults_can_be_set_over_HTTP_and_bad_rates_are_refused()
    {
        using var http = new HttpClient { BaseAddress = new Uri(fixture.GraphBaseUrl, "/") };

        var bad = await http.PostAsJsonAsync(new Uri("/sandbox/faults", UriKind.Relative), new { throttleRate = 1.5 });
        var good = await http.PostAsJsonAsync(new Uri("/sandbox/faults", UriKind.Relative), new { latencyMs = 50, throttleRate = 0.1, dropMode = "Either" });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal((50, 0.1, DropMode.Either), (fixture.Sandbox.CurrentFaults.LatencyMs, fixture.Sandbox.CurrentFaults.ThrottleRate, fixture.Sandbox.CurrentFaults.DropMode));
        fixture.Sandbox.Reset(seedDemo: true);
    }
}
