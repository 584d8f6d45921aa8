using System.Collections.Concurrent;
using OutlookFollowUp.Mailbox.Requests;
using OutlookFollowUp.Storage;

namespace OutlookFollowUp.Jobs.Workers;

/// <summary>
/// What the steps of one worker run in one mailbox share: whether the mailbox became unavailable, the rep's calendar
/// as its callbacks have placed them, and per prospect a lock and the content this run picked, so two follow-ups to the
/// same person never pick content at the same time and each sees what the other picked before it is recorded.
/// </summary>
public sealed class MailboxSession(RepId rep)
{
    private readonly ConcurrentDictionary<string, HashSet<string>> _picked = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _prospects = new(StringComparer.Ordinal);

    private int _unavailable;

    public RepId Rep { get; } = rep;

    /// <summary>The rep's calendar as this run's callbacks see it: each day read once, slots given out count as busy.</summary>
    public CalendarSession Calendar { get; } = new();

    /// <summary>The gateway said the mailbox is unavailable (its circuit is open): claim and run nothing more in this run.</summary>
    public bool MailboxUnavailable => Volatile.Read(ref _unavailable) == 1;

    public void MarkMailboxUnavailable() => Interlocked.Exchange(ref _unavailable, 1);

    /// <summary>The content ids this run picked for a prospect; use only inside <see cref="ForProspectAsync"/> for that prospect.</summary>
    public HashSet<string> PickedFor(string prospectKey) => _picked.GetOrAdd(prospectKey, _ => new HashSet<string>(StringComparer.Ordinal));

    /// <summary>Runs <paramref name="action"/> while no other step of this run works for the same prospect.</summary>
    public async Task<T> ForProspectAsync<T>(string prospectKey, Func<Task<T>> action, CancellationToken cancellationToken)
    {
        var gate = _prospects.GetOrAdd(prospectKey, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await action();
        }
        finally
        {
            gate.Release();
        }
    }
}
