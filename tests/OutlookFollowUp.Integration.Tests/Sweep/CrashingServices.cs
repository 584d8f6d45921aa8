using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using OutlookFollowUp.Core.Scheduling;
using OutlookFollowUp.Mailbox;
using OutlookFollowUp.Mailbox.Requests;
using OutlookFollowUp.Storage;
using OutlookFollowUp.Storage.Due;
using OutlookFollowUp.Storage.Plans;
using OutlookFollowUp.Storage.Steps;

namespace OutlookFollowUp.Integration.Tests.Sweep;

/// <summary>Every plan a worker read, so a test can tell which plans the sweep touched.</summary>
internal sealed class TouchLog
{
    public ConcurrentBag<string> PlansRead { get; } = [];
}

internal sealed class CrashingPlanRepository(IPlanRepository inner, CrashSwitch crash, TouchLog touches) : IPlanRepository
{
    public Task<PlanRecord?> GetAsync(RepId rep, string planId, CancellationToken cancellationToken = default)
    {
        touches.PlansRead.Add(planId);
        return crash.AroundAsync(() => inner.GetAsync(rep, planId, cancellationToken));
    }

    public Task<PlanRecord?> FindByConversationAsync(RepId rep, string conversationId, CancellationToken cancellationToken = default) =>
        crash.AroundAsync(() => inner.FindByConversationAsync(rep, conversationId, cancellationToken));

    public Task<PlanPage> ListAsync(RepId rep, int pageSize, string? continuationToken = null, CancellationToken cancellationToken = default) =>
        crash.AroundAsync(() => inner.ListAsync(rep, pageSize, continuationToken, cancellationToken));

    public Task<PlanRecord> SaveAsync(PlanRecord plan, CancellationToken cancellationToken = default) =>
        crash.AroundAsync(() => inner.SaveAsync(plan, cancellationToken));

    public Task<PlanningInputs> GetPlanningInputsAsync(
        RepId rep, string prospectEmail, string timeZoneId, DateTimeOffset since, string? excludingPlanId = null, CancellationToken cancellationToken = default) =>
        crash.AroundAsync(() => inner.GetPlanningInputsAsync(rep, prospectEmail, timeZoneId, since, excludingPlanId, cancellationToken));
}

internal sealed class CrashingStepStore(IStepStore inner, CrashSwitch crash, TouchLog touches) : IStepStore
{
    public Task<PlanRecord?> GetStepsAsync(RepId rep, string planId, IReadOnlyCollection<int> stepNumbers, CancellationToken cancellationToken = default)
    {
        touches.PlansRead.Add(planId);
        return crash.AroundAsync(() => inner.GetStepsAsync(rep, planId, stepNumbers, cancellationToken));
    }

    public Task<PlanRecord> ClaimAsync(
        PlanRecord plan, IReadOnlyCollection<int> stepNumbers, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default) =>
        crash.AroundAsync(() => inner.ClaimAsync(plan, stepNumbers, now, leaseUntil, cancellationToken));

    public Task<PlanRecord> SaveStepsAsync(
        PlanRecord plan, IReadOnlyList<StepRecord> steps, IReadOnlyList<SentContent>? sent = null, CancellationToken cancellationToken = default) =>
        crash.AroundAsync(() => inner.SaveStepsAsync(plan, steps, sent, cancellationToken));

    public Task<IReadOnlySet<string>> GetSentContentAsync(RepId rep, string prospectEmail, CancellationToken cancellationToken = default) =>
        crash.AroundAsync(() => inner.GetSentContentAsync(rep, prospectEmail, cancellationToken));
}

internal sealed class CrashingDueIndex(IDueIndex inner, CrashSwitch crash) : IDueIndex
{
    public async IAsyncEnumerable<DueEntry> ReadDueAsync(DateTimeOffset upTo, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var entries = await crash.AroundAsync(async () =>
        {
            var all = new List<DueEntry>();
            await foreach (var entry in inner.ReadDueAsync(upTo, cancellationToken))
            {
                all.Add(entry);
            }

            return all;
        });
        foreach (var entry in entries)
        {
            yield return entry;
        }
    }

    public Task RemoveAsync(DueEntry entry, CancellationToken cancellationToken = default) =>
        crash.AroundAsync(() => inner.RemoveAsync(entry, cancellationToken));

    public Task RemoveAsync(IReadOnlyCollection<DueEntry> entries, CancellationToken cancellationToken = default) =>
        crash.AroundAsync(() => inner.RemoveAsync(entries, cancellationToken));
}

internal sealed class CrashingGateway(IMailboxGateway inner, CrashSwitch crash) : IMailboxGateway
{
    public Task<RepCalendar?> GetMailboxProfileAsync(string mailbox, CancellationToken cancellationToken = default) =>
        crash.AroundAsync(() => inner.GetMailboxProfileAsync(mailbox, cancellationToken));

    public Task<EnsuredItem> EnsureCallbackEventAsync(string mailbox, CallbackEventRequest request, CancellationToken cancellationToken = default) =>
        crash.AroundAsync(() => inner.EnsureCallbackEventAsync(mailbox, request, cancellationToken));

    public Task<string?> GetConversationIdAsync(string mailbox, string messageId, string? internetMessageId, CancellationToken cancellationToken = default) =>
        crash.AroundAsync(() => inner.GetConversationIdAsync(mailbox, messageId, internetMessageId, cancellationToken));

    public Task<EnsuredItem> EnsureThankYouDraftAsync(string mailbox, ThankYouDraftRequest request, CancellationToken cancellationToken = default) =>
        crash.AroundAsync(() => inner.EnsureThankYouDraftAsync(mailbox, request, cancellationToken));

    public Task<EnsuredItem> EnsureFollowUpDraftAsync(string mailbox, FollowUpDraftRequest request, CancellationToken cancellationToken = default) =>
        crash.AroundAsync(() => inner.EnsureFollowUpDraftAsync(mailbox, request, cancellationToken));

    public Task<IReadOnlyList<ThreadMessage>> GetThreadMessagesAsync(
        string mailbox, string conversationId, DateTimeOffset receivedAfter, CancellationToken cancellationToken = default) =>
        crash.AroundAsync(() => inner.GetThreadMessagesAsync(mailbox, conversationId, receivedAfter, cancellationToken));

    public Task FlagReplyAsync(string mailbox, string messageId, IReadOnlyList<string> categories, CancellationToken cancellationToken = default) =>
        crash.AroundAsync(() => inner.FlagReplyAsync(mailbox, messageId, categories, cancellationToken));
}
