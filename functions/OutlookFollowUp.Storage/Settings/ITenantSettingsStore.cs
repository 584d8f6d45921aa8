using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Reasons;

namespace OutlookFollowUp.Storage.Settings;

/// <summary>
/// Per-tenant settings, edited by admins. Each Save replaces that part as a whole (last writer wins: admin edits
/// are rare and made by people who see the result).
/// </summary>
public interface ITenantSettingsStore
{
    Task<TenantSettings> GetAsync(Guid tenantId, CancellationToken cancellationToken = default);

    Task SaveReasonOverridesAsync(Guid tenantId, IReadOnlyList<ReasonOverride> overrides, CancellationToken cancellationToken = default);

    /// <summary>Replaces the tenant's templates; keys not in <paramref name="templates"/> revert to the defaults.</summary>
    /// <exception cref="StorageLimitException">More than <see cref="MaxTemplates"/> templates, or one over Table Storage's 64 KiB property limit.</exception>
    Task SaveTemplatesAsync(Guid tenantId, IReadOnlyDictionary<string, string> templates, CancellationToken cancellationToken = default);

    Task SavePolicyAsync(Guid tenantId, PlanningPolicy policy, CancellationToken cancellationToken = default);

    /// <summary>Templates are saved in one transaction (≤ 100 writes, counting deletions), so their number is capped.</summary>
    const int MaxTemplates = 50;
}
