using System.Collections.Concurrent;
using OutlookFollowUp.Storage;

namespace OutlookFollowUp.Jobs.Workers;

/// <summary>
/// What the steps of one worker run in one mailbox share: values loaded once per run (tenant templates, the content
/// library, the mailbox's profile) and a lock per prospect, so two follow-ups to the same person never pick content at
/// the same time (each must see what the other sent).
/// </summary>
public sealed class MailboxSession(RepId rep)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _values = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _prospects = new(StringComparer.Ordinal);

    private int _unavailable;

    public RepId Rep { get; } = rep;

    /// <summary>The gateway said the mailbox is unavailable (its circuit is open): claim and run nothing more in this run.</summary>
    public bool MailboxUnavailable => Volatile.Read(ref _unavailable) == 1;

    public void MarkMailboxUnavailable() => Interlocked.Exchange(ref _unavailable, 1);

    /// <summary>Loads a value once per run; a failed load is forgotten so the next step tries again.</summary>
    public async Task<T> GetAsync<T>(string key, Func<Task<T>> load)
        where T : class
    {
        var lazy = _values.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await load()));
        try
        {
            return (T)await lazy.Value;
        }
        catch
        {
            _values.TryRemove(new KeyValuePair<string, Lazy<Task<object>>>(key, lazy));
            throw;
        }
    }

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
