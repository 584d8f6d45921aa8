using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OutlookFollowUp.Mailbox.Configuration;
using OutlookFollowUp.Mailbox.Gateway;
using OutlookFollowUp.Mailbox.Resilience;
using Polly;

namespace OutlookFollowUp.Mailbox.Tests.Unit;

/// <summary>The gateway's small rules, without HTTP.</summary>
public sealed class GatewayRulesTests
{
    [Fact]
    public void A_transactionId_is_a_version_5_GUID_of_the_step_key_and_the_same_on_every_attempt()
    {
        // RFC 9562's DNS namespace example: "www.example.com" → 2ed6657d-e927-568b-95e1-2665a8aea6a2.
        Assert.Equal(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"),
            DeterministicGuid.Create(new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"));
        Assert.Equal(StepKeyProperty.TransactionIdFor("step-1"), StepKeyProperty.TransactionIdFor("step-1"));
        Assert.NotEqual(StepKeyProperty.TransactionIdFor("step-1"), StepKeyProperty.TransactionIdFor("step-2"));
    }

    [Fact]
    public void A_quote_in_a_step_key_cannot_end_the_filters_string_literal() =>
        Assert.EndsWith("ep/value eq 'it''s')", StepKeyProperty.Filter("it's"), StringComparison.Ordinal);

    [Theory]
    [InlineData("https://graph.microsoft.com/v1.0/users/ABC-1/events?$top=1", "abc-1")]
    [InlineData("http://127.0.0.1:5000/graph/v1.0/users/ava%40sales.example/messages/x/createReply", "ava@sales.example")]
    [InlineData("https://graph.microsoft.com/v1.0/$batch", MailboxOfRequest.None)]
    public void The_mailbox_of_a_request_is_its_users_segment(string uri, string mailbox) =>
        Assert.Equal(mailbox, MailboxOfRequest.From(new Uri(uri)));

    [Fact]
    public void Retry_After_is_read_as_seconds_or_as_a_date()
    {
        var now = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
        Assert.Equal(TimeSpan.FromSeconds(7), RetryAfter.Of(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)), now));
        Assert.Equal(TimeSpan.FromSeconds(30), RetryAfter.Of(new RetryConditionHeaderValue(now.AddSeconds(30)), now));
        Assert.Equal(TimeSpan.Zero, RetryAfter.Of(new RetryConditionHeaderValue(now.AddSeconds(-30)), now));
        Assert.Null(RetryAfter.Of((RetryConditionHeaderValue?)null, now));
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, false, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, false, false)]
    [InlineData(HttpStatusCode.InternalServerError, false, false)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true, true)]
    [InlineData(HttpStatusCode.BadGateway, true, true)]
    [InlineData(HttpStatusCode.GatewayTimeout, true, true)]
    [InlineData(HttpStatusCode.InternalServerError, true, true)]
    [InlineData(HttpStatusCode.NotFound, true, false)]
    [InlineData(HttpStatusCode.BadRequest, true, false)]
    public void Only_a_429_is_retried_for_a_POST_that_may_have_been_applied(HttpStatusCode status, bool repeatable, bool retried)
    {
        using var response = new HttpResponseMessage(status);
        Assert.Equal(retried, GraphOutcomes.ShouldRetry(Outcome.FromResult(response), repeatable, null, TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public void A_dropped_connection_is_retried_only_for_a_repeatable_request()
    {
        var dropped = Outcome.FromException<HttpResponseMessage>(new HttpRequestException("The response ended prematurely."));
        Assert.True(GraphOutcomes.ShouldRetry(dropped, repeatable: true, null, TimeSpan.FromMinutes(1)));
        Assert.False(GraphOutcomes.ShouldRetry(dropped, repeatable: false, null, TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public void A_Retry_After_longer_than_we_are_willing_to_wait_is_left_to_the_sweep()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        Assert.False(GraphOutcomes.ShouldRetry(Outcome.FromResult(response), true, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public void Only_a_marked_POST_is_repeatable()
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, "https://graph.microsoft.com/v1.0/users/a/events");
        using var post = new HttpRequestMessage(HttpMethod.Post, "https://graph.microsoft.com/v1.0/users/a/messages");
        using var marked = new HttpRequestMessage(HttpMethod.Post, "https://graph.microsoft.com/v1.0/users/a/events");
        marked.Options.Set(new HttpRequestOptionsKey<Microsoft.Kiota.Abstractions.IRequestOption>(typeof(IdempotentPostOption).FullName!), IdempotentPostOption.Instance);

        Assert.True(MailboxResilienceHandler.IsRepeatable(get));
        Assert.False(MailboxResilienceHandler.IsRepeatable(post));
        Assert.True(MailboxResilienceHandler.IsRepeatable(marked));
    }

    [Fact]
    public void Our_text_goes_inside_the_body_above_the_quote_and_only_once()
    {
        const string Reply = "<html><head></head><body class=\"x\"><hr><div>quoted</div></body></html>";
        var merged = ReplyBody.Prepend("<p>Thanks!</p>", Reply, existingIsHtml: true);

        Assert.StartsWith("<html><head></head><body class=\"x\">" + ReplyBody.Marker + "<div><p>Thanks!</p></div><hr>", merged, StringComparison.Ordinal);
        Assert.Equal(merged, ReplyBody.Prepend("<p>Thanks!</p>", merged, existingIsHtml: true));
        Assert.Contains("&lt;plain&gt;", ReplyBody.Prepend("<p>Thanks!</p>", "<plain>", existingIsHtml: false), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://graph.microsoft.com/v1.0", null, null, "Graph:TenantId")]
    [InlineData("https://graph.example.com/v1.0", null, null, "neither Microsoft Graph nor a loopback sandbox")]
    [InlineData("http://graph.microsoft.com/v1.0", "7f7c0a0e-5b8e-4d7a-9f3e-1b2c3d4e5f60", "0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9", "https")]
    public void Options_that_would_fail_every_sweep_stop_the_host_at_startup(string baseUrl, string? tenant, string? client, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = baseUrl,
            ["Graph:TenantId"] = tenant,
            ["Graph:ClientId"] = client,
        }).Build();
        using var services = new ServiceCollection().AddMailboxGateway(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<GraphOptions>>().Value);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Real_Graph_gets_a_federated_managed_identity_credential_and_the_sandbox_gets_no_token()
    {
        var azure = new GraphOptions
        {
            BaseUrl = new Uri("https://graph.microsoft.com/v1.0"),
            TenantId = "7f7c0a0e-5b8e-4d7a-9f3e-1b2c3d4e5f60",
            ClientId = "0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9",
        };
        var local = new GraphOptions { BaseUrl = new Uri("http://localhost:5000/graph/v1.0") };

        Assert.IsType<Microsoft.Kiota.Authentication.Azure.AzureIdentityAuthenticationProvider>(GraphAuthentication.CreateProvider(azure));
        Assert.IsType<Microsoft.Kiota.Abstractions.Authentication.AnonymousAuthenticationProvider>(GraphAuthentication.CreateProvider(local));
    }
}
