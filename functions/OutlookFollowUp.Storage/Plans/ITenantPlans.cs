namespace OutlookFollowUp.Storage.Plans;

/// <summary>
/// Every rep's plans of one tenant, for a manager's tenant-wide figures. Plan rows only: the records hold no steps and
/// are marked <see cref="PlanRecord.IsPartial"/>, so they cannot be saved back.
/// </summary>
public interface ITenantPlans
{
    /// <summary>The tenant's plans first marked (<see cref="PlanRecord.CreatedAt"/>) at or after <paramref name="from"/> and before <paramref name="to"/>.</summary>
    IAsyncEnumerable<PlanRecord> ListMarkedAsync(Guid tenantId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);
}
