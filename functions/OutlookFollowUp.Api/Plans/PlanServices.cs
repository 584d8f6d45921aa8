using OutlookFollowUp.Core.Reasons;
using OutlookFollowUp.Storage.Plans;
using OutlookFollowUp.Storage.Settings;

namespace OutlookFollowUp.Api.Plans;

/// <summary>The services the plan handlers share (bound with <c>[AsParameters]</c>).</summary>
public sealed record PlanServices(IPlanRepository Plans, ITenantSettingsStore Settings, TimeProvider Time)
{
    public async Task<(ReasonCatalog Catalog, TenantSettings Settings)> CatalogAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var settings = await Settings.GetAsync(tenantId, cancellationToken);
        return (ReasonCatalog.Default.WithOverrides(settings.ReasonOverrides), settings);
    }
}
