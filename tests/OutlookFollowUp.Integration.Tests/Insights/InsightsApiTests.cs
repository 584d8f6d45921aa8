using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OutlookFollowUp.Api.Contracts;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Reasons;
using OutlookFollowUp.Core.Scheduling;
using OutlookFollowUp.Integration.Tests.Api;
using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Storage;
using OutlookFollowUp.Storage.Plans;

namespace OutlookFollowUp.Integration.Tests.Insights;

/// <summary>
/// <c>GET /api/insights</c> on real Azurite: plans of many reps saved through the repository, the figures checked
/// against the same figures counted here, plainly, from the plans that were saved.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class InsightsApiTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly DateOnly From = new(2025, 7, 1);
    private static readonly DateOnly To = new(2026, 4, 30);
    private static readonly DateTimeOffset FromInstant = new(2025, 7, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset AfterTo = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
    private const string Query = "/api/insights?from=2025-07-01&to=2026-04-30";

    private static readonly (string Code, Func<SelfDebrief, bool?> Answer)[] Questions =
    [
        ("proposed-before-exploring-needs", d => d.ProposedBeforeExploringNeeds),
        ("asked-more-than-pitched", d => d.AskedMoreThanPitched),
        ("matched-their-pace", d => d.MatchedTheirPace),
        ("was-qualified-opportunity", d => d.WasQualifiedOpportunity),
        ("left-the-door-open", d => d.LeftTheDoorOpen),
    ];

    private readonly ApiFactory _factory = new(azurite);

    public void Dispose() => _factory.Dispose();

    private static string ManagerToken() =>
        TestTokens.Mint(new TokenSpec(TestTokens.TenantId, Guid.NewGuid(), Scope: null, Roles: ["FollowUp.Manager"]));

    [Fact]
    public async Task A_manager_sees_every_figure_of_the_tenants_plans_marked_in_the_range()
    {
        var seeded = Seed(new Random(4711));
        var repository = _factory.Services.GetRequiredService<IPlanRepository>();
        await Parallel.ForEachAsync(seeded, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (plan, ct) => await repository.SaveAsync(plan, ct));
        var counted = seeded.Where(p => p.Rep.TenantId == TestTokens.TenantId && p.CreatedAt >= FromInstant && p.CreatedAt < AfterTo).ToList();
        Assert.InRange(counted.Count, 60, seeded.Count - 10);

        var response = await _factory.ClientFor(ManagerToken()).GetAsync(Query);

        await response.ShouldBeAsync(HttpStatusCode.OK);
        var insights = await response.ReadAsync<InsightsResponse>();
        Assert.Equal((From, To), (insights.From, insights.To));
        Assert.Equal(counted.Count, insights.TotalPlans);
        Assert.Equal(counted.Count(ReEngaged), insights.ReEngaged);
        Assert.Equal(["cold-call", "discovery", "demo", "proposal", "negotiation"], insights.Stages);

        var reasons = counted.GroupBy(p => p.Mark.ReasonCode)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => string.Join(" ",
                g.Key, ReasonCatalog.Default.Get(g.Key).Label, g.Count(), g.Count(ReEngaged),
                g.Count(p => p.Engagement?.Source == EngagementSource.ProspectReplied),
                g.Count(p => p.Engagement?.Source == EngagementSource.CallbackReopened),
                "after:" + string.Join(",", g.Where(p => p.Engagement is not null)
                    .GroupBy(p => p.Engagement!.After is { } a ? $"{a.Kind}{a.Ordinal}" : "none0")
                    .Select(a => $"{a.Key}={a.Count()}").Order(StringComparer.Ordinal)),
                "outcomes:" + string.Join(",", g.Count(p => p.Outcome == PlanOutcome.ReEngaged), g.Count(p => p.Outcome == PlanOutcome.Won), g.Count(p => p.Outcome == PlanOutcome.StillNo))));
        Assert.Equal(reasons, insights.Reasons.Select(r => string.Join(" ",
            r.Code, r.Label, r.Plans, r.ReEngaged, r.Replied, r.Reopened,
            "after:" + string.Join(",", r.AfterStep.Select(a => $"{(a.Kind is { } kind ? kind.ToString() : "none")}{a.Ordinal}={a.Plans}").Order(StringComparer.Ordinal)),
            "outcomes:" + string.Join(",", r.Outcomes.ReEngaged, r.Outcomes.Won, r.Outcomes.StillNo))));

        Assert.Equal(
            counted.GroupBy(p => (p.Mark.ReasonCode, p.Mark.Stage)).Select(g => $"{g.Key.ReasonCode} {g.Key.Stage} {g.Count()}").Order(StringComparer.Ordinal),
            insights.ByReasonAndStage.Select(c => $"{c.Reason} {c.Stage} {c.Plans}").Order(StringComparer.Ordinal));

        Assert.Equal(
            counted.GroupBy(p => p.Rep.ObjectId).Select(g => $"{g.Key} {g.First().RepName} {g.Count()} {g.Count(ReEngaged)}").Order(StringComparer.Ordinal),
            insights.ByRep.Select(r => $"{r.RepId} {r.Name} {r.Plans} {r.ReEngaged}").Order(StringComparer.Ordinal));
        Assert.Equal(insights.ByRep.Select(r => r.Plans).OrderDescending(), insights.ByRep.Select(r => r.Plans));

        var months = Enumerable.Range(0, 10).Select(i => From.AddMonths(i).ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(
            months.Select(m => $"{m} {string.Join(",", counted.Where(p => MonthOf(p) == m).GroupBy(p => p.Mark.ReasonCode).Select(g => $"{g.Key}={g.Count()}").Order(StringComparer.Ordinal))}"),
            insights.OverTime.Select(m => $"{m.Month} {string.Join(",", m.ByReason.Select(r => $"{r.Key}={r.Value}").Order(StringComparer.Ordinal))}"));
        Assert.Equal(months.Select(m => counted.Count(p => MonthOf(p) == m)), insights.OverTime.Select(m => m.Plans));

        var debrief =
            from reason in counted.GroupBy(p => p.Mark.ReasonCode)
            from question in Questions
            let yes = reason.Where(p => p.Mark.Debrief is { } d && question.Answer(d) == true).ToList()
            let no = reason.Where(p => p.Mark.Debrief is { } d && question.Answer(d) == false).ToList()
            where yes.Count + no.Count > 0
            select $"{reason.Key} {question.Code} {yes.Count} {no.Count} {yes.Count(ReEngaged)} {no.Count(ReEngaged)}";
        Assert.Equal(debrief.Order(StringComparer.Ordinal),
            insights.Debrief.Select(d => $"{d.Reason} {d.Question} {d.Yes} {d.No} {d.ReEngagedWhenYes} {d.ReEngagedWhenNo}").Order(StringComparer.Ordinal));
        Assert.All(insights.Debrief.Where(d => d.Question == "proposed-before-exploring-needs"), d => Assert.Equal("Proposed before exploring needs", d.Label));
    }

    [Fact]
    public async Task The_json_has_the_shape_the_insights_page_reads()
    {
        var rep = new RepId(TestTokens.TenantId, Guid.NewGuid());
        var repository = _factory.Services.GetRequiredService<IPlanRepository>();
        await repository.SaveAsync(Plan(rep, "Sam Rivera", 1, ReasonCodes.NoNeed, SalesStage.ColdCall, new DateTimeOffset(2026, 1, 9, 10, 0, 0, TimeSpan.Zero))
            with { State = PlanState.Paused, Engagement = new Engagement(EngagementSource.ProspectReplied, new DateTimeOffset(2026, 1, 10, 10, 0, 0, TimeSpan.Zero), null) });
        await repository.SaveAsync(Plan(rep, "Sam Rivera", 2, ReasonCodes.NoNeed, SalesStage.ColdCall, new DateTimeOffset(2026, 1, 9, 10, 0, 0, TimeSpan.Zero))
            with { State = PlanState.Closed, Outcome = PlanOutcome.StillNo, Engagement = new Engagement(EngagementSource.ProspectReplied, new DateTimeOffset(2026, 2, 10, 10, 0, 0, TimeSpan.Zero), new StepRef(StepKind.FollowUp, 1)) });

        var response = await _factory.ClientFor(ManagerToken()).GetAsync("/api/insights?from=2026-01-01&to=2026-02-15");

        await response.ShouldBeAsync(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("2026-01-01", root.GetProperty("from").GetString());
        Assert.Equal("2026-02-15", root.GetProperty("to").GetString());
        var reason = root.GetProperty("reasons")[0];
        Assert.Equal("no-need", reason.GetProperty("code").GetString());
        var after = reason.GetProperty("afterStep");
        Assert.Equal(JsonValueKind.Null, after[0].GetProperty("kind").ValueKind);
        Assert.Equal(0, after[0].GetProperty("ordinal").GetInt32());
        Assert.Equal("follow-up", after[1].GetProperty("kind").GetString());
        Assert.Equal(1, reason.GetProperty("outcomes").GetProperty("stillNo").GetInt32());
        Assert.Equal("cold-call", root.GetProperty("byReasonAndStage")[0].GetProperty("stage").GetString());
        Assert.Equal(rep.ObjectId.ToString(), root.GetProperty("byRep")[0].GetProperty("repId").GetString());
        Assert.Equal(2, root.GetProperty("overTime")[0].GetProperty("byReason").GetProperty("no-need").GetInt32());
        Assert.Equal(["2026-01", "2026-02"], root.GetProperty("overTime").EnumerateArray().Select(m => m.GetProperty("month").GetString()));
    }

    [Fact]
    public async Task Without_dates_the_insights_cover_twelve_whole_months_up_to_today()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var insights = await (await _factory.ClientFor(ManagerToken()).GetAsync("/api/insights")).ReadAsync<InsightsResponse>();

        Assert.Equal(today, insights.To);
        Assert.Equal(new DateOnly(today.Year, today.Month, 1).AddMonths(-11), insights.From);
        Assert.Equal(12, insights.OverTime.Count);
        Assert.Equal(0, insights.TotalPlans);
    }

    [Fact]
    public async Task A_rep_without_the_manager_or_admin_role_gets_403()
    {
        var response = await _factory.ClientFor(TestTokens.Rep(Guid.NewGuid())).GetAsync(Query);

        await response.ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_admin_may_read_the_insights()
    {
        var response = await _factory.ClientFor(TestTokens.Admin(Guid.NewGuid())).GetAsync(Query);

        await response.ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Without_a_token_the_insights_are_401()
    {
        var response = await _factory.ClientFor(null).GetAsync(Query);

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("from=2026-05-01&to=2026-04-30", "from")]
    [InlineData("from=2022-01-01&to=2026-01-02", "from")]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("from=2026-1-1", "from")]
    [InlineData("to=30/04/2026", "to")]
    [InlineData("to=", "to")]
    public async Task A_bad_range_is_400_naming_the_field(string query, string field)
    {
        var response = await _factory.ClientFor(ManagerToken()).GetAsync($"/api/insights?{query}");

        Assert.Equal([field], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Keys);
    }

    private static bool ReEngaged(PlanRecord plan) => plan.Engagement is not null || plan.Outcome is PlanOutcome.ReEngaged or PlanOutcome.Won;

    private static string MonthOf(PlanRecord plan) => plan.CreatedAt.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>
    /// About a hundred plans of six reps, mostly inside the range, some just outside it, and some of another tenant
    /// inside it; plus plans on the range's first and last instants.
    /// </summary>
    private static List<PlanRecord> Seed(Random random)
    {
        var reps = Enumerable.Range(1, 6).Select(i => (Id: new RepId(TestTokens.TenantId, Guid.NewGuid()), Name: $"Rep {i}")).ToList();
        var stranger = (Id: new RepId(TestTokens.OtherTenantId, Guid.NewGuid()), Name: "Other tenant's rep");
        var plans = new List<PlanRecord>();
        for (var n = 0; n < 100; n++)
        {
            var (rep, name) = n < 10 ? stranger : reps[random.Next(reps.Count)];
            // From a month before the range to a month after it.
            var markedAt = FromInstant.AddDays(-31).AddMinutes(random.Next(0, 366 * 24 * 60));
            plans.Add(RandomPlan(random, rep, name, n, markedAt));
        }

        plans.Add(RandomPlan(random, reps[0].Id, reps[0].Name, 100, FromInstant));
        plans.Add(RandomPlan(random, reps[1].Id, reps[1].Name, 101, AfterTo.AddSeconds(-1)));
        plans.Add(RandomPlan(random, reps[2].Id, reps[2].Name, 102, FromInstant.AddSeconds(-1)));
        plans.Add(RandomPlan(random, reps[3].Id, reps[3].Name, 103, AfterTo));
        return plans;
    }

    private static PlanRecord RandomPlan(Random random, RepId rep, string name, int n, DateTimeOffset markedAt)
    {
        bool? Answer() => random.Next(3) switch { 0 => null, 1 => true, _ => false };
        var debrief = random.Next(3) == 0 ? null : new SelfDebrief(Answer(), Answer(), Answer(), Answer(), Answer());
        var after = random.Next(4) switch
        {
            0 => null,
            1 => new StepRef(StepKind.ThankYou, 1),
            2 => new StepRef(StepKind.FollowUp, random.Next(1, 3)),
            _ => new StepRef(StepKind.Callback, 1),
        };
        var engagement = random.Next(5) switch
        {
            0 or 1 => new Engagement(EngagementSource.ProspectReplied, markedAt.AddDays(20), after),
            2 => new Engagement(EngagementSource.CallbackReopened, markedAt.AddDays(60), after),
            _ => null,
        };
        PlanOutcome? outcome = random.Next(5) switch { 0 => PlanOutcome.ReEngaged, 1 => PlanOutcome.Won, 2 => PlanOutcome.StillNo, _ => null };
        var state = outcome is not null ? PlanState.Closed : engagement is not null ? PlanState.Paused : PlanState.Active;
        var reason = ReasonCodes.All[random.Next(ReasonCodes.All.Count)];
        return Plan(rep, name, n, reason, (SalesStage)random.Next(5), markedAt, debrief) with { State = state, Outcome = outcome, Engagement = engagement };
    }

    private static PlanRecord Plan(RepId rep, string name, int n, string reason, SalesStage stage, DateTimeOffset markedAt, SelfDebrief? debrief = null) =>
        PlanRecord.New(
            rep,
            new ThreadRef($"insights-{rep.ObjectId:N}-{n}", $"item-{n}", null, "Re: Our offer"),
            new NoMark(reason, new Prospect($"prospect{n}@example.com"), stage, null, ProspectTags.None, CallbackAgreed: false, Debrief: debrief),
            RepCalendar.Standard("Europe/Paris"),
            [],
            markedAt) with { RepName = name };
}
