using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OutlookFollowUp.Api.Outcomes;
using OutlookFollowUp.Integration.Tests.Api;
using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Storage;
using OutlookFollowUp.Storage.Plans;

namespace OutlookFollowUp.Integration.Tests.Outcomes;

/// <summary>The local try-out: callback events link to the dev host itself, with no key to configure.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DevHostOutcomeLinkTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task In_development_links_are_signed_with_a_development_key_and_point_at_the_dev_host()
    {
        using var factory = new ApiFactory(azurite, environment: "Development");
        var links = factory.Services.GetRequiredService<CallbackOutcomeLinks>();
        var planId = PlanIds.ForConversation("AAQkAD-dev-host-link");

        var link = links.For(new RepId(TestTokens.TenantId, Guid.NewGuid()), planId, 3, DateTimeOffset.UtcNow);

        Assert.NotNull(link);
        Assert.Equal("http://127.0.0.1:7071/api/callback-outcome", link.GetLeftPart(UriPartial.Path));
        // The host accepts its own link: the plan does not exist, which is a 404 page rather than "not valid".
        var response = await factory.CreateClient().GetAsync(link.PathAndQuery);
        await response.ShouldBeAsync(HttpStatusCode.NotFound);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
