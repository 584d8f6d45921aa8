using Microsoft.Extensions.Time.Testing;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Reasons;
using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Storage;
using OutlookFollowUp.Storage.Settings;

namespace OutlookFollowUp.Integration.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class TenantSettingsTests(AzuriteFixture azurite) : IDisposable
{
    private readonly StorageHarness _storage = new(azurite);
    private ITenantSettingsStore Settings => _storage.Get<ITenantSettingsStore>();

    [Fact]
    public async Task A_tenant_that_saved_nothing_gets_the_defaults()
    {
        var settings = await Settings.GetAsync(Guid.NewGuid());

        Assert.Empty(settings.ReasonOverrides);
        Assert.Empty(settings.Templates);
        Assert.Equal(PlanningPolicy.Default, settings.Policy);
    }

    [Fact]
    public async Task Reason_overrides_templates_and_policy_round_trip()
    {
        var tenant = Guid.NewGuid();
        var price = new ReasonOverride("price", Label: "Budget", CallbackWindow: CallbackWindow.BeforeNextBudgetYear(60, 30), FollowUpDays: [14, 45]);
        var templates = new Dictionary<string, string>
        {
            ["follow-up/price"] = "<p>Hello {{ prospect.name }},</p>",
            ["callback/#weird?key\\/"] = "{% if x %}y{% endif %}",
        };
        var policy = new PlanningPolicy(TimeSpan.FromDays(21), 5, TimeSpan.FromMinutes(45));

        await Settings.SaveReasonOverridesAsync(tenant, [price, new ReasonOverride("other", ThankYouByDefault: false)]);
        await Settings.SaveTemplatesAsync(tenant, templates);
        await Settings.SavePolicyAsync(tenant, policy);

        var read = await Settings.GetAsync(tenant);
        Assert.Equal(2, read.ReasonOverrides.Count);
        Assert.Equal(price with { FollowUpDays = null }, read.ReasonOverrides[0] with { FollowUpDays = null });
        Assert.Equal([14, 45], read.ReasonOverrides[0].FollowUpDays!);
        Assert.Equal(new ReasonOverride("other", ThankYouByDefault: false), read.ReasonOverrides[1]);
        Assert.Equal(templates.OrderBy(t => t.Key), read.Templates.OrderBy(t => t.Key));
        Assert.Equal(policy, read.Policy);
        Assert.Equal(TenantSettings.Default.Templates, (await Settings.GetAsync(Guid.NewGuid())).Templates);
    }

    [Fact]
    public async Task Saving_templates_replaces_the_whole_set()
    {
        var tenant = Guid.NewGuid();
        await Settings.SaveTemplatesAsync(tenant, new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" });

        await Settings.SaveTemplatesAsync(tenant, new Dictionary<string, string> { ["b"] = "two", ["c"] = "3" });

        var templates = (await Settings.GetAsync(tenant)).Templates;
        Assert.Equal(new Dictionary<string, string> { ["b"] = "two", ["c"] = "3" }, templates);
    }

    [Fact]
    public async Task More_templates_than_fit_one_transaction_are_refused()
    {
        var tooMany = Enumerable.Range(0, ITenantSettingsStore.MaxTemplates + 1).ToDictionary(i => $"t{i}", i => "x");

        await Assert.ThrowsAsync<StorageLimitException>(() => Settings.SaveTemplatesAsync(Guid.NewGuid(), tooMany));
    }

    public void Dispose() => _storage.Dispose();

    [Fact]
    public async Task Settings_are_read_from_storage_once_per_half_minute_and_a_save_here_is_seen_at_once()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var storage = new StorageHarness(azurite, clock);
        var settings = storage.Get<ITenantSettingsStore>();
        var tenant = Guid.NewGuid();
        await settings.GetAsync(tenant);

        // Another instance saves a policy: this one keeps what it read for the cache's lifetime, then reads again.
        using (var elsewhere = storage.AnotherInstance())
        {
            await elsewhere.Get<ITenantSettingsStore>().SavePolicyAsync(tenant, PlanningPolicy.Default with { CallbackDuration = TimeSpan.FromMinutes(20) });
        }

        var cached = await settings.GetAsync(tenant);
        clock.Advance(TimeSpan.FromSeconds(31));
        var reread = await settings.GetAsync(tenant);
        await settings.SavePolicyAsync(tenant, PlanningPolicy.Default with { CallbackDuration = TimeSpan.FromMinutes(40) });
        var saved = await settings.GetAsync(tenant);

        Assert.Equal(PlanningPolicy.Default.CallbackDuration, cached.Policy.CallbackDuration);
        Assert.Equal(TimeSpan.FromMinutes(20), reread.Policy.CallbackDuration);
        Assert.Equal(TimeSpan.FromMinutes(40), saved.Policy.CallbackDuration);
    }
}
