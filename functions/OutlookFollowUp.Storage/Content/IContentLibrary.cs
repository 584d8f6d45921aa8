using OutlookFollowUp.Core.Content;

namespace OutlookFollowUp.Storage.Content;

/// <summary>A tenant's content library, loaded by admins and read whole when a follow-up is composed.</summary>
public interface IContentLibrary
{
    /// <summary>
    /// Makes <paramref name="items"/> the tenant's library: items are added or overwritten by id, and items not in
    /// the list are removed. Large libraries are written in several transactions, so a reader during the replace
    /// may briefly see a mix of old and new items (each item itself is always whole).
    /// </summary>
    Task ReplaceAsync(Guid tenantId, IReadOnlyList<ContentItem> items, CancellationToken cancellationToken = default);

    /// <summary>Adds or overwrites items by id, keeping the others.</summary>
    Task UpsertAsync(Guid tenantId, IReadOnlyList<ContentItem> items, CancellationToken cancellationToken = default);

    /// <summary>Every item of the tenant's library, ordered by id.</summary>
    Task<IReadOnlyList<ContentItem>> ListAsync(Guid tenantId, CancellationToken cancellationToken = default);
}
