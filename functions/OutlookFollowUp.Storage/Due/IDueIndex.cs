namespace OutlookFollowUp.Storage.Due;

/// <summary>
/// Steps by due instant, across all reps, so the sweep reads only what is due instead of scanning every plan.
/// Entries are written by <see cref="Plans.IPlanRepository.SaveAsync"/>, outside the plan's transaction.
/// </summary>
public interface IDueIndex
{
    /// <summary>
    /// Entries due at or before <paramref name="upTo"/>, oldest hour bucket first and in due order within a bucket.
    /// The cost grows with the entries still in the index up to that instant, not with the number of plans.
    /// </summary>
    IAsyncEnumerable<DueEntry> ReadDueAsync(DateTimeOffset upTo, CancellationToken cancellationToken = default);

    /// <summary>Removes an entry that was handled or found stale; an entry already gone is not an error.</summary>
    Task RemoveAsync(DueEntry entry, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes several entries, one transaction per hour bucket and hundred entries (entries already gone are not an
    /// error): how a worker clears what it handled without one request per entry.
    /// </summary>
    Task RemoveAsync(IReadOnlyCollection<DueEntry> entries, CancellationToken cancellationToken = default);
}
