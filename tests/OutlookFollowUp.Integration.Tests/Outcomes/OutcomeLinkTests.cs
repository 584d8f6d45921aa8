using System.Net;
using System.Text.Encodings.Web;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Integration.Tests.Api;
using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Storage.Plans;

namespace OutlookFollowUp.Integration.Tests.Outcomes;

/// <summary>The link in a callback event: a page that shows the call and records its outcome without signing in.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class OutcomeLinkTests(AzuriteFixture azurite) : IDisposable
{
    private readonly OutcomeWorld _world = new(azurite);

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task Opening_the_link_shows_the_call_with_four_buttons_and_changes_nothing()
    {
        var plan = await _world.MarkAsync();
        var callback = await _world.CallHappenedAsync(plan.PlanId);
        var before = await _world.StoredAsync(plan.PlanId);
        var token = _world.TokenFor(plan.PlanId, callback);

        var response = await _world.OpenAsync(token);

        var page = await OutcomeWorld.PageAsync(response, HttpStatusCode.OK);
        Assert.Contains("Ann Smith", page, StringComparison.Ordinal);
        Assert.Contains("Contoso", page, StringComparison.Ordinal);
        Assert.Contains("Price", page, StringComparison.Ordinal);
        var day = before.Steps.Single(s => s.Step.Number == callback).Step.DueAt;
        Assert.Contains(TimeZoneInfo.ConvertTime(day, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
            page, StringComparison.Ordinal);
        Assert.Contains("""<form method="post" action="/api/callback-outcome">""", page, StringComparison.Ordinal);
        Assert.Contains($"""<input type="hidden" name="t" value="{token}">""", page, StringComparison.Ordinal);
        foreach (var outcome in new[] { "reached", "not-reached", "reopened", "still-no" })
        {
            Assert.Contains($"""<button type="submit" name="outcome" value="{outcome}">""", page, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("form-action 'self'", csp, StringComparison.Ordinal);
        // The page's one stylesheet is allowed by its hash, so the browser applies it and nothing else.
        var style = page[(page.IndexOf("<style>", StringComparison.Ordinal) + 7)..page.IndexOf("</style>", StringComparison.Ordinal)];
        Assert.Contains($"'sha256-{Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(style)))}'", csp, StringComparison.Ordinal);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());

        // What a mail scanner's visit leaves behind: nothing.
        var after = await _world.StoredAsync(plan.PlanId);
        Assert.Equal(before.Version, after.Version);
        Assert.All(after.Steps, s => Assert.Null(s.Outcome));
    }

    [Fact]
    public async Task Pressing_a_button_records_the_outcome_and_says_so()
    {
        var plan = await _world.MarkAsync();
        var callback = await _world.CallHappenedAsync(plan.PlanId);

        var response = await _world.SubmitAsync(_world.TokenFor(plan.PlanId, callback), "reopened");

        var page = await OutcomeWorld.PageAsync(response, HttpStatusCode.OK);
        Assert.Contains("Recorded: <strong>Re-opened</strong> — you can close this tab", page, StringComparison.Ordinal);
        var stored = await _world.StoredAsync(plan.PlanId);
        Assert.Equal(CallbackOutcome.Reopened, stored.Steps.Single(s => s.Step.Number == callback).Outcome);
        Assert.Equal(PlanState.Paused, stored.State);
        Assert.Equal(EngagementSource.CallbackReopened, stored.Engagement?.Source);

        // The page opened again shows what was recorded and still lets the rep change it.
        var again = await OutcomeWorld.PageAsync(await _world.OpenAsync(_world.TokenFor(plan.PlanId, callback)), HttpStatusCode.OK);
        Assert.Contains("Recorded so far: <strong>Re-opened</strong>", again, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-3)]
    public async Task A_tampered_token_gets_an_error_page_and_nothing_is_stored(int position)
    {
        var plan = await _world.MarkAsync();
        var callback = await _world.CallHappenedAsync(plan.PlanId);
        var token = _world.TokenFor(plan.PlanId, callback);
        var index = position < 0 ? token.Length + position : position;
        var tampered = token[..index] + (token[index] == 'A' ? 'B' : 'A') + token[(index + 1)..];

        var shown = await OutcomeWorld.PageAsync(await _world.OpenAsync(tampered), HttpStatusCode.BadRequest);
        var posted = await OutcomeWorld.PageAsync(await _world.SubmitAsync(tampered, "reached"), HttpStatusCode.BadRequest);

        Assert.Contains("This link is not valid", shown, StringComparison.Ordinal);
        Assert.Contains("This link is not valid", posted, StringComparison.Ordinal);
        Assert.All((await _world.StoredAsync(plan.PlanId)).Steps, s => Assert.Null(s.Outcome));
    }

    [Fact]
    public async Task A_token_for_another_reps_plan_cannot_be_made_from_a_valid_one()
    {
        var plan = await _world.MarkAsync();
        var callback = await _world.CallHappenedAsync(plan.PlanId);
        var token = _world.TokenFor(plan.PlanId, callback);
        var (payload, signature) = (token.Split('.')[0], token.Split('.')[1]);
        var text = System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(payload));
        var otherStep = System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(text.Replace($"|{callback}|", "|1|", StringComparison.Ordinal)));

        await OutcomeWorld.PageAsync(await _world.SubmitAsync($"{otherStep}.{signature}", "reached"), HttpStatusCode.BadRequest);

        Assert.All((await _world.StoredAsync(plan.PlanId)).Steps, s => Assert.Null(s.Outcome));
    }

    [Fact]
    public async Task A_link_more_than_120_days_after_its_call_is_refused()
    {
        var plan = await _world.MarkAsync();
        var callback = await _world.CallHappenedAsync(plan.PlanId, ago: TimeSpan.FromDays(121));
        var token = _world.TokenFor(plan.PlanId, callback, due: DateTimeOffset.UtcNow.AddDays(-121));

        var shown = await OutcomeWorld.PageAsync(await _world.OpenAsync(token), HttpStatusCode.BadRequest);
        var posted = await OutcomeWorld.PageAsync(await _world.SubmitAsync(token, "reached"), HttpStatusCode.BadRequest);

        Assert.Contains("This link has expired", shown, StringComparison.Ordinal);
        Assert.Contains("This link has expired", posted, StringComparison.Ordinal);
        Assert.All((await _world.StoredAsync(plan.PlanId)).Steps, s => Assert.Null(s.Outcome));
    }

    [Fact]
    public async Task Before_the_call_the_page_has_no_buttons_and_posting_is_a_409_page()
    {
        var plan = await _world.MarkAsync();
        var callback = OutcomeWorld.CallbackOf(plan);
        var token = _world.TokenFor(plan.PlanId, callback, plan.Steps.Single(s => s.Number == callback).DueAt);

        var shown = await OutcomeWorld.PageAsync(await _world.OpenAsync(token), HttpStatusCode.OK);
        var posted = await OutcomeWorld.PageAsync(await _world.SubmitAsync(token, "reached"), HttpStatusCode.Conflict);

        Assert.DoesNotContain("<button", shown, StringComparison.Ordinal);
        Assert.Contains("Come back after the call", shown, StringComparison.Ordinal);
        Assert.Contains("once its time has passed", posted, StringComparison.Ordinal);
        Assert.All((await _world.StoredAsync(plan.PlanId)).Steps, s => Assert.Null(s.Outcome));
    }

    [Fact]
    public async Task A_hostile_prospect_name_and_company_are_encoded_on_the_page()
    {
        const string name = "<script>alert('name')</script>";
        const string company = "\"><img src=x onerror=alert(1)>";
        var mark = ApiTestHelpers.Mark();
        mark["prospect"]!["name"] = name;
        mark["prospect"]!["company"] = company;
        var plan = await _world.MarkAsync(mark);
        var callback = await _world.CallHappenedAsync(plan.PlanId);

        var page = await OutcomeWorld.PageAsync(await _world.OpenAsync(_world.TokenFor(plan.PlanId, callback)), HttpStatusCode.OK);

        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(HtmlEncoder.Default.Encode(name), page, StringComparison.Ordinal);
        Assert.Contains(HtmlEncoder.Default.Encode(company), page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_token_or_an_unknown_outcome_gets_an_error_page_and_nothing_is_stored()
    {
        var plan = await _world.MarkAsync();
        var callback = await _world.CallHappenedAsync(plan.PlanId);

        await OutcomeWorld.PageAsync(await _world.OpenAsync(null), HttpStatusCode.BadRequest);
        await OutcomeWorld.PageAsync(await _world.SubmitAsync(_world.TokenFor(plan.PlanId, callback), "won"), HttpStatusCode.BadRequest);

        Assert.All((await _world.StoredAsync(plan.PlanId)).Steps, s => Assert.Null(s.Outcome));
    }

    [Fact]
    public async Task Without_a_signing_key_events_get_no_link_and_the_link_routes_are_404()
    {
        using var off = new OutcomeWorld(azurite, links: false);
        var plan = await off.MarkAsync();
        var callback = await off.CallHappenedAsync(plan.PlanId);
        var token = _world.TokenFor(plan.PlanId, callback);

        Assert.Null(off.Links.For(off.Rep, plan.PlanId, callback, DateTimeOffset.UtcNow));
        await OutcomeWorld.PageAsync(await off.OpenAsync(token), HttpStatusCode.NotFound);
        await OutcomeWorld.PageAsync(await off.SubmitAsync(token, "reached"), HttpStatusCode.NotFound);
        Assert.All((await off.StoredAsync(plan.PlanId)).Steps, s => Assert.Null(s.Outcome));
    }
}
