using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using OutlookFollowUp.Storage.Tables;

namespace OutlookFollowUp.Storage.Leases;

/// <summary>
/// One row per mailbox ("mailboxleases", partition = the rep's key): its holder and until when. Taken and renewed under
/// the row's ETag, so two instances never both believe they hold it; a crashed holder's lease simply runs out.
/// </summary>
internal sealed partial class MailboxLeases(FollowUpTables tables, TimeProvider time, ILogger<MailboxLeases> logger) : IMailboxLeases
{
    private const string Row = "lease";
    private const string Holder = nameof(Holder);
    private const string Until = nameof(Until);

    public async Task<IAsyncDisposable?> TryHoldAsync(RepId rep, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        var table = await tables.GetAsync(TableNames.MailboxLeases, cancellationToken);
        var holder = Guid.NewGuid().ToString("N");
        var etag = await TryTakeAsync(table, rep, holder, duration, cancellationToken);
        return etag is null
            ? null
            : new Hold(etag.Value, duration / 3, time, held => RenewAsync(table, rep, holder, duration, held), held => GiveUpAsync(table, rep, held));
    }

    // Null when someone else holds it, or won the race for it.
    private async Task<ETag?> TryTakeAsync(TableClient table, RepId rep, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var entity = new TableEntity(rep.Key, Row) { [Holder] = holder, [Until] = now + duration };
        var current = await table.GetEntityIfExistsAsync<TableEntity>(rep.Key, Row, [Until], cancellationToken);
        try
        {
            if (!current.HasValue)
            {
                return (await table.AddEntityAsync(entity, cancellationToken)).Headers.ETag;
            }

            // Every hold has a holder of its own, so a lease that has not run out is always someone else's.
            var existing = current.Value!;
            if (existing.GetDateTimeOffset(Until) > now)
            {
                return null;
            }

            return (await table.UpdateEntityAsync(entity, existing.ETag, TableUpdateMode.Replace, cancellationToken)).Headers.ETag;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return null;
        }
    }

    private async Task<ETag?> RenewAsync(TableClient table, RepId rep, string holder, TimeSpan duration, ETag etag)
    {
        var entity = new TableEntity(rep.Key, Row) { [Holder] = holder, [Until] = time.GetUtcNow() + duration };
        try
        {
            return (await table.UpdateEntityAsync(entity, etag, TableUpdateMode.Replace, CancellationToken.None)).Headers.ETag;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            LeaseLost(rep.Key);
            return null;
        }
        catch (Exception e) when (e is RequestFailedException or IOException or HttpRequestException)
        {
            // Storage is having trouble: keep the ETag and try again next time; if another worker takes the mailbox
            // meanwhile, that renewal is refused (412) and this holder knows it lost it.
            RenewalFailed(rep.Key, e.Message);
            return etag;
        }
    }

    private static async Task GiveUpAsync(TableClient table, RepId rep, ETag etag)
    {
        try
        {
            await table.DeleteEntityAsync(rep.Key, Row, etag, CancellationToken.None);
        }
        catch (Exception e) when (e is RequestFailedException or IOException or HttpRequestException)
        {
            // Taken by another holder already (412), or storage is unreachable: either way the lease runs out by itself.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mailbox {Rep}: the lease ran out before it was renewed; another worker may be working it too")]
    private partial void LeaseLost(string rep);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mailbox {Rep}: renewing the lease failed ({Error}); trying again")]
    private partial void RenewalFailed(string rep, string error);

    /// <summary>Renews every <c>interval</c> until disposed, then gives the mailbox up (unless the lease was lost).</summary>
    private sealed class Hold : IAsyncDisposable
    {
        private readonly CancellationTokenSource stop = new();
        private readonly Task renewing;

        public Hold(ETag etag, TimeSpan interval, TimeProvider time, Func<ETag, Task<ETag?>> renew, Func<ETag, Task> giveUp) =>
            renewing = RenewUntilStoppedAsync(etag, interval, time, renew, giveUp);

        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            await renewing;
            stop.Dispose();
        }

        private async Task RenewUntilStoppedAsync(ETag etag, TimeSpan interval, TimeProvider time, Func<ETag, Task<ETag?>> renew, Func<ETag, Task> giveUp)
        {
            ETag? current = etag;
            try
            {
                while (current is { } held)
                {
                    await Task.Delay(interval, time, stop.Token);
                    current = await renew(held);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                if (current is { } held)
                {
                    await giveUp(held);
                }
            }
        }
    }
}
