using Microsoft.Extensions.DependencyInjection;
using OutlookFollowUp.GraphSandbox.State;
using OutlookFollowUp.Integration.Tests.Sweep;
using OutlookFollowUp.Jobs.Replies;
using OutlookFollowUp.Storage;
using OutlookFollowUp.Storage.Active;
using OutlookFollowUp.Storage.Plans;

namespace OutlookFollowUp.Integration.Tests.Replies;

/// <summary>
/// The reply check's view of a <see cref="SweepHarness"/> world: run the job on an instance, write in the prospect's
/// name into a marked thread, and read back the plan, the index and what the job asked Graph.
/// </summary>
internal static class ReplyWorld
{
    public const string Prospect = "dana@contoso.example";

    public static Task<RepliesResult> CheckRepliesAsync(this SweepHarness world, ServiceProvider? instance = null) =>
        (instance ?? world.Storage).GetRequiredService<RepliesJob>().CheckAsync(CancellationToken.None);

    public static async Task<PlanRecord> ReloadAsync(this SweepHarness world, PlanRecord plan) =>
        await world.Get<IPlanRepository>().GetAsync(plan.Rep, plan.PlanId) ?? throw new InvalidOperationException("The plan vanished.");

    /// <summary>A message in the plan's thread, received <paramref name="after"/> from now, from whoever <paramref name="from"/> is.</summary>
    public static string Write(this SweepHarness world, PlanRecord plan, string from, string text, TimeSpan after, IReadOnlyList<KeyValuePair<string, string>>? headers = null) =>
        world.Sandbox.AddReplyToThread(SweepHarness.MailboxOf(plan.Rep), plan.Thread.ConversationId, new SandboxRecipient(from, "Someone"),
            "RE: Our proposal", $"<p>{text}</p>", headers, world.Clock.GetUtcNow() + after);

    public static SandboxMessageView Message(this SweepHarness world, RepId rep, string id) =>
        world.Sandbox.Messages(SweepHarness.MailboxOf(rep)).Single(m => m.Id == id);

    /// <summary>The thread queries (GET …/messages) the rep's mailbox received, with what the sandbox did with each.</summary>
    public static List<RequestLogEntry> ThreadReads(this SweepHarness world, RepId rep) =>
        [.. world.Sandbox.Requests.Entries.Where(r => r.Mailbox == SweepHarness.MailboxOf(rep) && r.Method == "GET"
            && r.Path.EndsWith("/messages", StringComparison.Ordinal))];

    public static async Task<List<(RepId Rep, string PlanId)>> ActiveEntriesAsync(this SweepHarness world)
    {
        var entries = new List<(RepId, string)>();
        await foreach (var entry in world.Get<IActivePlanIndex>().ReadAllAsync())
        {
            entries.Add(entry);
        }

        return entries;
    }
}
