using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models.ODataErrors;
using OutlookFollowUp.Core.Scheduling;
using OutlookFollowUp.Mailbox.Configuration;

namespace OutlookFollowUp.Mailbox.Gateway;

/// <summary>
/// Each mailbox's <see cref="RepCalendar"/>, read from mailboxSettings once per <see cref="GraphOptions.MailboxProfileLifetime"/>.
/// Concurrent callers for one mailbox share a single read (a sweep starts several steps of a mailbox at once), and a
/// failed read is forgotten so the next caller tries again. A mailbox that refuses its settings to the app (no
/// MailboxSettings.Read, or an Exchange scope that grants it only mail and calendar) is remembered as such for the same
/// lifetime, with one warning: its callers get null and book by the plan's own time zone.
/// </summary>
internal sealed partial class MailboxProfiles(MailboxGraph graph, IOptions<GraphOptions> options, TimeProvider time, ILogger<MailboxProfiles> logger)
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.OrdinalIgnoreCase);

    public async Task<RepCalendar?> GetAsync(string mailbox, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var entry = entries.AddOrUpdate(
            mailbox,
            key => Load(key, now),
            (key, existing) => existing.ExpiresAt > now && !existing.Failed ? existing : Load(key, now));
        try
        {
            return await entry.Calendar.Value.WaitAsync(cancellationToken);
        }
        catch when (entry.Failed)
        {
            entries.TryRemove(KeyValuePair.Create(mailbox, entry));
            throw;
        }
    }

    // The read is not tied to any one caller's cancellation: others may be waiting on it. The pipeline's total
    // timeout bounds it.
    private Entry Load(string mailbox, DateTimeOffset now) =>
        new(new Lazy<Task<RepCalendar?>>(() => ReadAsync(mailbox)), now + options.Value.MailboxProfileLifetime);

    private async Task<RepCalendar?> ReadAsync(string mailbox)
    {
        try
        {
            var settings = await graph.Client.Users[mailbox].MailboxSettings.GetAsync(cancellationToken: CancellationToken.None);
            return WorkingHoursReader.Read(settings);
        }
        catch (ODataError refused) when (refused.ResponseStatusCode == 403)
        {
            LogSettingsRefused(logger, mailbox, refused.Error?.Code, options.Value.MailboxProfileLifetime);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mailbox {Mailbox} refuses its settings to the app ({Code}): callbacks are booked in the plan's time zone with standard working hours; asking again in {Lifetime}. Grant MailboxSettings.Read (infra/graph-app-permissions.txt)")]
    private static partial void LogSettingsRefused(ILogger logger, string mailbox, string? code, TimeSpan lifetime);

    // Lazy, because ConcurrentDictionary may run a factory more than once under contention; only the stored entry's
    // read ever starts.
    private sealed record Entry(Lazy<Task<RepCalendar?>> Calendar, DateTimeOffset ExpiresAt)
    {
        public bool Failed => Calendar.IsValueCreated && (Calendar.Value.IsFaulted || Calendar.Value.IsCanceled);
    }
}
