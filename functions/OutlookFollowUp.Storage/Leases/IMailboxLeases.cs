namespace OutlookFollowUp.Storage.Leases;

/// <summary>
/// Who works a rep's mailbox now. Graph allows 4 requests in flight per app and mailbox across every instance of the
/// app; each instance keeps its own 4, so only one holder at a time may send a mailbox any requests.
/// </summary>
public interface IMailboxLeases
{
    /// <summary>
    /// Takes the mailbox for <paramref name="duration"/>, renewed while the returned hold is alive; null when another
    /// holder has it. Disposing the hold gives the mailbox up.
    /// </summary>
    Task<IAsyncDisposable?> TryHoldAsync(RepId rep, TimeSpan duration, CancellationToken cancellationToken = default);
}
