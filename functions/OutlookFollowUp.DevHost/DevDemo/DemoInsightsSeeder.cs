using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Reasons;
using OutlookFollowUp.Core.Scheduling;
using OutlookFollowUp.DevHost.DevIdentity;
using OutlookFollowUp.Storage;
using OutlookFollowUp.Storage.Plans;

namespace OutlookFollowUp.DevHost.DevDemo;

/// <summary>
/// Gives the development tenant nine months of history so the managers' insights page has something to show: about
/// sixty finished plans of Ava, Lukas and Priya (the sandbox reps) and two reps without mailboxes, never dev-rep, whose
/// plans stay the ones a person marks. Every plan is paused or closed and its steps are done or cancelled, so nothing
/// is due for the sweep or the reply check. The mix is pseudo-random from a fixed seed and plans that exist are
/// skipped, so restarts add nothing twice.
/// </summary>
internal sealed partial class DemoInsightsSeeder(
    IPlanRepository plans, DevUsers users, TimeProvider time, ILogger<DemoInsightsSeeder> logger) : IHostedService
{
    private const int PlanCount = 60;
    private const int HistoryDays = 270;

    private static readonly (string User, string? Name, string TimeZone)[] Reps =
    [
        ("ava", null, "America/Los_Angeles"),
        ("lukas", null, "Europe/Berlin"),
        ("priya", null, "Asia/Kolkata"),
        ("jordan", "Jordan Ellis", "Europe/London"),
        ("morgan", "Morgan Silva", "America/New_York"),
    ];

    // Weighted like a real pipeline: price and "no need" come up most.
    private static readonly string[] Reasons =
    [
        ReasonCodes.Price, ReasonCodes.Price, ReasonCodes.Price, ReasonCodes.Price,
        ReasonCodes.NoNeed, ReasonCodes.NoNeed, ReasonCodes.NoNeed,
        ReasonCodes.BadTiming, ReasonCodes.BadTiming, ReasonCodes.HasSupplier, ReasonCodes.HasSupplier,
        ReasonCodes.TooSoon, ReasonCodes.NoBudget, ReasonCodes.ChoseOther, ReasonCodes.ReflexNo, ReasonCodes.WrongContact, ReasonCodes.Other,
    ];

    private static readonly string[] Companies = ["Contoso", "Fabrikam", "Northwind", "Adatum", "Litware", "Tailspin", "Woodgrove", "Proseware"];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var history = History(time.GetUtcNow());
            // Saved in order, so the last one there means a whole history from an earlier start: one read, not sixty.
            if (await plans.GetAsync(history[^1].Rep, history[^1].PlanId, cancellationToken) is not null)
            {
                return;
            }

            var added = 0;
            foreach (var plan in history)
            {
                if (await plans.GetAsync(plan.Rep, plan.PlanId, cancellationToken) is null)
                {
                    await plans.SaveAsync(plan, cancellationToken);
                    added++;
                }
            }

            if (added > 0)
            {
                Seeded(added);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A demo convenience must not keep the host from starting; the API reports storage problems itself.
            NotSeeded(e.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "demo insights: {Count} historic plans added for the development tenant")]
    private partial void Seeded(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "demo insights: not added ({Reason})")]
    private partial void NotSeeded(string reason);

    private List<PlanRecord> History(DateTimeOffset now)
    {
        // A fixed seed: the same history on every start, so existing plans are recognised and skipped.
        var random = new Random(20260101);
        var reps = Reps.Select(r =>
        {
            var user = users.Resolve(r.User);
            return (Id: new RepId(DevIdentityHandler.TenantId, user.ObjectId), Name: r.Name ?? user.Mailbox?.DisplayName ?? r.User, r.TimeZone);
        }).ToArray();

        var history = new List<PlanRecord>();
        for (var n = 1; n <= PlanCount; n++)
        {
            var (rep, repName, zone) = reps[random.Next(reps.Length)];
            var reason = Reasons[random.Next(Reasons.Length)];
            var stage = reason == ReasonCodes.ReflexNo ? SalesStage.ColdCall : (SalesStage)random.Next(1, 5);
            var markedAt = now.AddDays(-random.Next(3, HistoryDays)).AddMinutes(-random.Next(0, 600));
            var company = Companies[random.Next(Companies.Length)];
            var mark = new NoMark(reason, new Prospect($"prospect{n}@{company.ToLowerInvariant()}.example", $"Prospect {n}", company),
                stage, null, ProspectTags.None, CallbackAgreed: random.Next(2) == 0, Debrief: Debrief(random));

            // The plan ran until the prospect came back or the rep closed it, at most three months and never after now.
            var end = markedAt + (Min(now, markedAt.AddDays(90)) - markedAt) * (0.1 + (0.9 * random.NextDouble()));
            var steps = Steps(markedAt, stage, end);
            var plan = PlanRecord.New(rep,
                new ThreadRef($"demo-insights-{n}", $"demo-insights-item-{n}", null, $"Re: {company} and us"),
                mark, RepCalendar.Standard(zone), [], markedAt) with { RepName = repName, UpdatedAt = end };
            history.Add(Ending(plan, steps, end, random.NextDouble(), random));
        }

        return history;
    }

    private static PlanRecord Ending(PlanRecord plan, List<StepRecord> steps, DateTimeOffset end, double roll, Random random)
    {
        var callback = steps.FindIndex(s => s.Step.Kind == StepKind.Callback && s.Step.HasRun);
        if (roll < 0.12 && callback >= 0)
        {
            steps[callback] = steps[callback] with { Outcome = CallbackOutcome.Reopened, OutcomeAt = end };
            var reopened = new Engagement(EngagementSource.CallbackReopened, end, StepRef.LastRunBefore(steps.Select(s => s.Step), end));
            return random.Next(3) == 0
                ? plan with { State = PlanState.Closed, Outcome = PlanOutcome.Won, Engagement = reopened, Steps = steps }
                : plan with { State = PlanState.Paused, Engagement = reopened, Steps = steps };
        }

        if (roll < 0.38)
        {
            var replied = new Engagement(EngagementSource.ProspectReplied, end, StepRef.LastRunBefore(steps.Select(s => s.Step), end));
            return random.Next(3) switch
            {
                0 => plan with { State = PlanState.Closed, Outcome = PlanOutcome.ReEngaged, Engagement = replied, Steps = steps },
                1 => plan with { State = PlanState.Closed, Outcome = PlanOutcome.Won, Engagement = replied, Steps = steps },
                _ => plan with { State = PlanState.Paused, Engagement = replied, Steps = steps },
            };
        }

        if (callback >= 0)
        {
            steps[callback] = steps[callback] with
            {
                Outcome = random.Next(2) == 0 ? CallbackOutcome.StillNo : CallbackOutcome.NotReached,
                OutcomeAt = steps[callback].Step.DueAt.AddHours(1),
            };
        }

        return roll < 0.85
            ? plan with { State = PlanState.Closed, Outcome = PlanOutcome.StillNo, Steps = steps }
            : plan with { State = PlanState.Paused, Steps = steps };
    }

    // The usual shape of a plan; a step due by the end ran, the rest were cancelled when the plan stopped.
    private static List<StepRecord> Steps(DateTimeOffset markedAt, SalesStage stage, DateTimeOffset end)
    {
        var due = new List<(StepKind Kind, DateTimeOffset At)>();
        if (stage != SalesStage.ColdCall)
        {
            due.Add((StepKind.ThankYou, markedAt.AddMinutes(5)));
        }

        due.Add((StepKind.FollowUp, markedAt.AddDays(14)));
        due.Add((StepKind.FollowUp, markedAt.AddDays(35)));
        due.Add((StepKind.Callback, markedAt.AddDays(60)));
        return [.. due.Select((s, i) => new StepRecord(
            new PlanStep(i + 1, s.Kind, s.At, s.At <= end ? StepStatus.Done : StepStatus.Cancelled, ValueProposition: i == 2),
            StartedAt: s.At <= end ? s.At : null))];
    }

    private static SelfDebrief? Debrief(Random random)
    {
        bool? Answer() => random.Next(5) switch { 0 => null, 1 or 2 => true, _ => false };
        return random.Next(5) < 3 ? new SelfDebrief(Answer(), Answer(), Answer(), Answer(), Answer()) : null;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
