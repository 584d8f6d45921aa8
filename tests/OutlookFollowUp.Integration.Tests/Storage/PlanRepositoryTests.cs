using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Storage;
using OutlookFollowUp.Storage.Plans;

namespace OutlookFollowUp.Integration.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class PlanRepositoryTests(AzuriteFixture azurite) : IDisposable
{
    private readonly StorageHarness _storage = new(azurite);
    private IPlanRepository Plans => _storage.Get<IPlanRepository>();

    public static TheoryData<string> AwkwardConversationIds => new()
    {
        "AAQkAGI2/TG93\\AAA#x?y+z==",
        "line\nbreak\ttab\u0001\u001f\u007f\u0085",
        new string('A', 600) + "/+=" + new string('z', 600),
        "会話-🙂-ünïcødé-\u200d",
        "x' or PartitionKey ne '",
        "' or '1' eq '1",
    };

    [Fact]
    public async Task A_saved_plan_reads_back_with_its_steps()
    {
        var plan = SamplePlans.New(SamplePlans.NewRep()) with
        {
            Steps = [.. SamplePlans.New(SamplePlans.NewRep()).Steps.Select((s, i) => i == 0
                ? s with { Step = s.Step with { Status = StepStatus.Done }, MailboxItemId = "AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A", Attempts = 1 }
                : s)],
        };

        var saved = await Plans.SaveAsync(plan);

        Assert.False(string.IsNullOrEmpty(saved.Version));
        var read = await Plans.GetAsync(plan.Rep, plan.PlanId);
        RecordAssert.SamePlan(plan, read);
        Assert.Equal(saved.Version, read!.Version);
    }

    [Theory]
    [MemberData(nameof(AwkwardConversationIds))]
    public async Task Conversation_ids_with_any_characters_round_trip_and_find_the_same_plan(string conversationId)
    {
        var plan = SamplePlans.New(SamplePlans.NewRep(), conversationId);

        await Plans.SaveAsync(plan);

        var found = await Plans.FindByConversationAsync(plan.Rep, conversationId);
        RecordAssert.SamePlan(plan, found);
        Assert.Equal(conversationId, found!.Thread.ConversationId);
    }

    [Fact]
    public async Task Keys_hold_no_raw_conversation_id_or_email_address()
    {
        var plan = SamplePlans.New(SamplePlans.NewRep(), "conv/with+raw=id", "Raw.Address@Example.com");

        await Plans.SaveAsync(plan);

        var rows = await _storage.RowsAsync("plans");
        Assert.Equal(1 + plan.Steps.Count, rows.Count);
        Assert.All(rows, r => Assert.DoesNotContain("conv", r.RowKey, StringComparison.Ordinal));
        Assert.All(rows, r => Assert.DoesNotContain("example", r.RowKey, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Saving_the_same_conversation_again_updates_the_plan_instead_of_adding_one()
    {
        var rep = SamplePlans.NewRep();
        var first = await Plans.SaveAsync(SamplePlans.New(rep));

        var existing = await Plans.FindByConversationAsync(rep, first.Thread.ConversationId);
        var changed = existing! with { Mark = existing.Mark with { ReasonCode = "bad-timing" }, UpdatedAt = SamplePlans.MarkedAt.AddHours(1) };
        await Plans.SaveAsync(changed);

        var page = await Plans.ListAsync(rep, 10);
        var only = Assert.Single(page.Items);
        Assert.Equal("bad-timing", only.Mark.ReasonCode);
        Assert.Equal(first.CreatedAt, only.CreatedAt);
    }

    [Fact]
    public async Task Creating_a_plan_that_already_exists_is_a_conflict()
    {
        var rep = SamplePlans.NewRep();
        await Plans.SaveAsync(SamplePlans.New(rep));

        // A second "first mark" of the same thread (two tabs, a retried request) must not overwrite the first.
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Plans.SaveAsync(SamplePlans.New(rep)));
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_and_changes_nothing()
    {
        var rep = SamplePlans.NewRep();
        var original = await Plans.SaveAsync(SamplePlans.New(rep));
        var winner = await Plans.SaveAsync(original with { State = PlanState.Paused });
        var rowsBefore = await _storage.RowsAsync("plans");

        var stale = original with { State = PlanState.Closed, Outcome = PlanOutcome.Won, Steps = original.Steps.Take(1).ToList() };
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Plans.SaveAsync(stale));

        RecordAssert.SamePlan(winner, await Plans.GetAsync(rep, original.PlanId));
        Assert.Equal(
            rowsBefore.Select(r => (r.RowKey, r.ETag)).Order(),
            (await _storage.RowsAsync("plans")).Select(r => (r.RowKey, r.ETag)).Order());
    }

    [Fact]
    public async Task A_rep_cannot_read_another_reps_plan()
    {
        var owner = SamplePlans.NewRep();
        var plan = await Plans.SaveAsync(SamplePlans.New(owner));
        var colleague = new RepId(owner.TenantId, Guid.NewGuid());

        Assert.Null(await Plans.GetAsync(colleague, plan.PlanId));
        Assert.Null(await Plans.FindByConversationAsync(colleague, plan.Thread.ConversationId));
        Assert.Empty((await Plans.ListAsync(colleague, 10)).Items);
    }

    [Theory]
    [InlineData("x' or PartitionKey ne '")]
    [InlineData("' or RowKey ge '")]
    [InlineData("plan|")]
    [InlineData("%27%20or%20true")]
    [InlineData("")]
    public async Task Filter_injection_in_ids_finds_nothing(string hostile)
    {
        var victim = SamplePlans.NewRep();
        await Plans.SaveAsync(SamplePlans.New(victim));
        var attacker = SamplePlans.NewRep();

        Assert.Null(await Plans.GetAsync(attacker, hostile));
        if (hostile.Length > 0)
        {
            Assert.Null(await Plans.FindByConversationAsync(attacker, hostile));
            var inputs = await Plans.GetPlanningInputsAsync(attacker, hostile, "Europe/Paris", DateTimeOffset.MinValue);
            Assert.Empty(inputs.OtherFollowUpsToProspect);
            Assert.Empty(inputs.CallbacksPerDay);
        }
    }

    [Fact]
    public async Task Paging_over_25_plans_ten_at_a_time_returns_each_plan_once_with_its_steps()
    {
        var rep = SamplePlans.NewRep();
        var saved = new List<string>();
        for (var i = 0; i < 25; i++)
        {
            saved.Add((await Plans.SaveAsync(SamplePlans.New(rep, $"conversation {i}"))).PlanId);
        }

        await Plans.SaveAsync(SamplePlans.New(SamplePlans.NewRep(), "someone else's"));

        var listed = new List<PlanRecord>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await Plans.ListAsync(rep, 10, token);
            Assert.True(page.Items.Count <= 10);
            listed.AddRange(page.Items);
            token = page.ContinuationToken;
            pages++;
        }
        while (token is not null && pages < 10);

        Assert.Null(token);
        Assert.Equal(saved.Order(), listed.Select(p => p.PlanId).Order());
        Assert.All(listed, p => Assert.Equal(SamplePlans.Steps().Length, p.Steps.Count));
        Assert.All(listed, p => Assert.Equal(PlanIds.ForConversation(p.Thread.ConversationId), p.PlanId));
    }

    [Theory]
    [InlineData("not base64url!")]
    [InlineData("Z2FyYmFnZQ")]
    [InlineData("eCcgb3IgUGFydGl0aW9uS2V5IG5lICcgeA")]
    public async Task A_continuation_token_that_was_not_issued_is_rejected(string token)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Plans.ListAsync(SamplePlans.NewRep(), 10, token));
    }

    [Fact]
    public async Task Another_reps_continuation_token_is_rejected()
    {
        var owner = SamplePlans.NewRep();
        for (var i = 0; i < 3; i++)
        {
            await Plans.SaveAsync(SamplePlans.New(owner, $"conversation {i}"));
        }

        var token = (await Plans.ListAsync(owner, 1)).ContinuationToken;
        Assert.NotNull(token);

        Assert.Single((await Plans.ListAsync(owner, 1, token)).Items);
        await Assert.ThrowsAsync<ArgumentException>(() => Plans.ListAsync(new RepId(owner.TenantId, Guid.NewGuid()), 10, token));
    }

    [Fact]
    public async Task Re_planning_deletes_the_steps_that_were_dropped()
    {
        var rep = SamplePlans.NewRep();
        var saved = await Plans.SaveAsync(SamplePlans.New(rep));
        var replanned = saved with
        {
            Steps = [saved.Steps[0], new StepRecord(new PlanStep(5, StepKind.Callback, SamplePlans.MarkedAt.AddDays(120)))],
        };

        await Plans.SaveAsync(replanned);

        var read = await Plans.GetAsync(rep, saved.PlanId);
        Assert.Equal([1, 5], read!.Steps.Select(s => s.Step.Number));
        Assert.Equal(3, (await _storage.RowsAsync("plans")).Count);
    }

    [Fact]
    public async Task A_plan_with_too_many_steps_is_refused_before_anything_is_written()
    {
        var steps = Enumerable.Range(1, 50).Select(n => new PlanStep(n, StepKind.FollowUp, SamplePlans.MarkedAt.AddDays(n)));

        await Assert.ThrowsAsync<StorageLimitException>(() => Plans.SaveAsync(SamplePlans.New(SamplePlans.NewRep(), steps: steps)));

        Assert.Empty(await _storage.RowsAsync("plans"));
        Assert.Empty(await _storage.RowsAsync("dueindex"));
    }

    [Fact]
    public async Task A_value_over_the_property_limit_is_refused_naming_the_property()
    {
        var plan = SamplePlans.New(SamplePlans.NewRep());
        var huge = plan with { Mark = plan.Mark with { ProspectWords = new string('x', 40_000) } };

        var error = await Assert.ThrowsAsync<StorageLimitException>(() => Plans.SaveAsync(huge));

        Assert.Contains("'Mark'", error.Message, StringComparison.Ordinal);
        Assert.Empty(await _storage.RowsAsync("plans"));
    }

    [Fact]
    public async Task A_plan_id_not_derived_from_its_conversation_is_refused()
    {
        var plan = SamplePlans.New(SamplePlans.NewRep()) with { PlanId = PlanIds.ForConversation("another thread") };

        await Assert.ThrowsAsync<ArgumentException>(() => Plans.SaveAsync(plan));
    }

    public void Dispose() => _storage.Dispose();
}
