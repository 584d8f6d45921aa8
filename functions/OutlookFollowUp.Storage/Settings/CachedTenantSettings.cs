using System.Collections.Concurrent;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Reasons;

namespace OutlookFollowUp.Storage.Settings;

/// <summary>
/// Tenant settings kept for <see cref="Lifetime"/> after they are read: every mark and every sweep needs them, admins
/// change them rarely. A save through this instance forgets the tenant's entry at once, so an admin sees their change
/// on their next request; another instance sees it within the lifetime.
/// </summary>
internal sealed class CachedTenantSettings(TenantSettingsStore store, TimeProvider time) : ITenantSettingsStore
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<Guid, (TenantSettings Settings, DateTimeOffset Until)> entries = new();

    public async Task<TenantSettings> GetAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (entries.TryGetValue(tenantId, out var entry) && entry.Until > now)
        {
            return entry.Settings;
        }

        var settings = await store.GetAsync(tenantId, cancellationToken);
        entries[tenantId] = (settings, now + Lifetime);
        return settings;
    }

    public Task SaveReasonOverridesAsync(Guid tenantId, IReadOnlyList<ReasonOverride> overrides, CancellationToken cancellationToken = default) =>
        ForgettingAsync(tenantId, () => store.SaveReasonOverridesAsync(tenantId, overrides, cancellationToken));

    public Task SaveTemplatesAsync(Guid tenantId, IReadOnlyDictionary<string, string> templates, CancellationToken cancellationToken = default) =>
        ForgettingAsync(tenantId, () => store.SaveTemplatesAsync(tenantId, templates, cancellationToken));

    public Task SavePolicyAsync(Guid tenantId, PlanningPolicy policy, CancellationToken cancellationToken = default) =>
        ForgettingAsync(tenantId, () => store.SavePolicyAsync(tenantId, policy, cancellationToken));

    // Forgotten after the write too: a read that raced the save may have cached what was there before it.
    private async Task ForgettingAsync(Guid tenantId, Func<Task> save)
    {
        entries.TryRemove(tenantId, out _);
        try
        {
            await save();
        }
        finally
        {
            entries.TryRemove(tenantId, out _);
        }
    }
}
