using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using OutlookFollowUp.Storage;
using OutlookFollowUp.Storage.Due;
using OutlookFollowUp.Storage.Plans;

namespace OutlookFollowUp.Jobs.Sweep;

/// <summary>
/// One unit of work: a mailbox (the rep) and the due entries the sweep found for it, as hints. The worker checks every
/// hint against its step, so a duplicate or stale message costs reads, never a second item in the mailbox.
/// On the wire: small JSON, <c>{"rep":"…","due":["ticks|planId|step",…]}</c>; the queue client base64-encodes it, as
/// the Functions queue trigger expects.
/// </summary>
public sealed record MailboxWork(RepId Rep, IReadOnlyList<DueEntry> Due)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Wire(string Rep, string[] Due);

    public string Encode() => JsonSerializer.Serialize(
        new Wire(Rep.Key, [.. Due.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.DueAt.UtcTicks}|{e.PlanId}|{e.StepNumber}"))]), Json);

    /// <summary>False for anything this version did not write; such a message names no work and is dropped.</summary>
    public static bool TryDecode(string text, [NotNullWhen(true)] out MailboxWork? work)
    {
        work = null;
        Wire? wire;
        try
        {
            wire = JsonSerializer.Deserialize<Wire>(text, Json);
        }
        catch (JsonException)
        {
            return false;
        }

        if (wire is not { Due: not null } || !RepId.TryParseKey(wire.Rep, out var rep))
        {
            return false;
        }

        var due = new List<DueEntry>(wire.Due.Length);
        foreach (var hint in wire.Due)
        {
            var parts = hint?.Split('|') ?? [];
            if (parts.Length != 3
                || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                || ticks > DateTimeOffset.MaxValue.UtcTicks
                || !PlanIds.IsWellFormed(parts[1])
                || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return false;
            }

            due.Add(new DueEntry(new DateTimeOffset(ticks, TimeSpan.Zero), rep.Value, parts[1], number));
        }

        work = new MailboxWork(rep.Value, due);
        return true;
    }
}
