using System.Net;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OutlookFollowUp.Api.Contracts;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Storage;
using OutlookFollowUp.Storage.Plans;

namespace OutlookFollowUp.Integration.Tests.Api;

[Collection(AzuriteCollection.Name)]
public sealed class MarkNoTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly Guid Ann = Guid.NewGuid();
    private readonly ApiFactory _factory = new(azurite);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Marking_a_no_returns_201_with_the_plan_and_stores_it_in_table_storage()
    {
        var client = _factory.ClientFor(TestTokens.Rep(Ann));

        var response = await client.PutJsonAsync("/api/plans", ApiTestHelpers.Mark());

        await response.ShouldBeAsync(HttpStatusCode.Created);
        var plan = await response.ReadAsync<PlanResponse>();
        Assert.Equal($"/api/plans/{plan.PlanId}", response.Headers.Location?.OriginalString);
        Assert.Equal(PlanState.Active, plan.State);
        Assert.Equal("No: Price", plan.Category);
        Assert.Equal("ann.smith@contoso.example", plan.Prospect.Email);
        Assert.Contains(plan.Steps, s => s.Kind == StepKind.ThankYou);
        Assert.Contains(plan.Steps, s => s.Kind == StepKind.Callback);
        Assert.All(plan.Steps, s => Assert.Equal(StepStatus.Planned, s.Status));

        var read = await client.GetAsync($"/api/plans/{plan.PlanId}");
        await read.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(plan.Steps.Select(s => (s.Number, s.Kind, s.DueAt)), (await read.ReadAsync<PlanResponse>()).Steps.Select(s => (s.Number, s.Kind, s.DueAt)));

        // The rows are in Azurite, and a repository that shares nothing with the host reads the plan back.
        var table = new TableClient(azurite.ConnectionString, _factory.TablePrefix + "plans");
        Assert.NotEmpty(table.Query<TableEntity>(maxPerPage: 10).Take(1).ToList());
        using var storage = new ServiceCollection()
            .AddFollowUpStorage(new ConfigurationBuilder().AddInMemoryCollection(azurite.ConfigurationFor(_factory.TablePrefix)).Build())
            .BuildServiceProvider();
        var stored = await storage.GetRequiredService<IPlanRepository>().GetAsync(new RepId(TestTokens.TenantId, Ann), plan.PlanId);
        Assert.NotNull(stored);
        Assert.Equal(plan.Steps.Count, stored.Steps.Count);
    }

    [Fact]
    public async Task Marking_the_same_thread_again_returns_200_with_the_same_plan_and_no_second_plan()
    {
        var client = _factory.ClientFor(TestTokens.Rep(Ann));
        var first = await client.MarkAsync(ApiTestHelpers.Mark());

        var again = await client.MarkAsync(ApiTestHelpers.Mark(), HttpStatusCode.OK);

        Assert.Equal(first.PlanId, again.PlanId);
        Assert.Equal(first.Steps.Select(s => (s.Number, s.DueAt)), again.Steps.Select(s => (s.Number, s.DueAt)));
        Assert.Equal(1, await client.CountPlansAsync());
    }

    [Fact]
    public async Task Re_marking_a_thread_with_another_reason_keeps_the_steps_that_already_ran()
    {
        var client = _factory.ClientFor(TestTokens.Rep(Ann));
        var first = await client.MarkAsync(ApiTestHelpers.Mark(reason: "price"));
        var thankYou = first.Steps.Single(s => s.Kind == StepKind.ThankYou);

        // The sweep (a later issue) would do this: the thank-you draft was created.
        var repository = _factory.Services.GetRequiredService<IPlanRepository>();
        var rep = new RepId(TestTokens.TenantId, Ann);
        var stored = (await repository.GetAsync(rep, first.PlanId))!;
        await repository.SaveAsync(stored with
        {
            Steps = [.. stored.Steps.Select(s => s.Step.Number == thankYou.Number
                ? s with { Step = s.Step with { Status = StepStatus.Done }, MailboxItemId = "AAMkDraft1" }
                : s)],
        });

        var replanned = await client.MarkAsync(ApiTestHelpers.Mark(reason: "bad-timing"), HttpStatusCode.OK);

        Assert.Equal(first.PlanId, replanned.PlanId);
        Assert.Equal("bad-timing", replanned.Reason);
        var kept = Assert.Single(replanned.Steps, s => s.Kind == StepKind.ThankYou);
        Assert.Equal((thankYou.Number, StepStatus.Done, thankYou.DueAt), (kept.Number, kept.Status, kept.DueAt));
        var maxBefore = first.Steps.Max(s => s.Number);
        Assert.All(replanned.Steps.Where(s => s.Number != thankYou.Number), s =>
        {
            Assert.Equal(StepStatus.Planned, s.Status);
            Assert.True(s.Number > maxBefore, "re-planned steps get new numbers");
        });
        Assert.Equal("AAMkDraft1", (await repository.GetAsync(rep, first.PlanId))!.Steps.Single(s => s.Step.Number == thankYou.Number).MailboxItemId);
        Assert.Equal(1, await client.CountPlansAsync());
    }

    [Theory]
    [InlineData("AAQkAD/slash+plus==")]
    [InlineData("AAQkAD#hash/and?query=1&x")]
    [InlineData("a/b+c=d#e%20f")]
    public async Task Conversation_ids_with_url_and_key_characters_round_trip_through_the_lookup(string conversationId)
    {
        var client = _factory.ClientFor(TestTokens.Rep(Ann));
        var marked = await client.MarkAsync(ApiTestHelpers.Mark(conversationId));

        var response = await client.GetAsync($"/api/plans/by-conversation?conversationId={Uri.EscapeDataString(conversationId)}");

        await response.ShouldBeAsync(HttpStatusCode.OK);
        var found = await response.ReadAsync<PlanResponse>();
        Assert.Equal(marked.PlanId, found.PlanId);
        Assert.Equal(conversationId, found.ConversationId);
    }

    [Fact]
    public async Task A_thread_that_was_never_marked_is_404_by_conversation()
    {
        var client = _factory.ClientFor(TestTokens.Rep(Ann));

        var response = await client.GetAsync("/api/plans/by-conversation?conversationId=never-marked");

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_plans_list_pages_with_a_continuation_token()
    {
        var client = _factory.ClientFor(TestTokens.Rep(Ann));
        for (var i = 0; i < 3; i++)
        {
            await client.MarkAsync(ApiTestHelpers.Mark($"conversation-{i}"));
        }

        var first = await (await client.GetAsync("/api/plans?pageSize=2")).ReadAsync<PlanPageResponse>();
        Assert.Equal(2, first.Items.Count);
        Assert.NotNull(first.Continuation);
        var second = await (await client.GetAsync($"/api/plans?pageSize=2&continuation={Uri.EscapeDataString(first.Continuation)}")).ReadAsync<PlanPageResponse>();

        Assert.Single(second.Items);
        Assert.Null(second.Continuation);
        Assert.Equal(3, first.Items.Concat(second.Items).Select(p => p.PlanId).Distinct().Count());
    }

    [Fact]
    public async Task The_reason_catalog_lists_every_reason_with_its_playbook()
    {
        var client = _factory.ClientFor(TestTokens.Rep(Ann));

        var response = await client.GetAsync("/api/reasons");

        await response.ShouldBeAsync(HttpStatusCode.OK);
        var catalog = await response.ReadAsync<ReasonsResponse>();
        Assert.Equal(OutlookFollowUp.Core.Reasons.ReasonCodes.All, catalog.Reasons.Select(r => r.Code));
        var reflex = catalog.Reasons.Single(r => r.Code == "reflex-no");
        Assert.False(reflex.ThankYouByDefault);
        Assert.NotEmpty(reflex.SuggestedOpening);
        Assert.Contains("cold-call", catalog.Stages);
        Assert.Equal("next-budget-year", catalog.Reasons.Single(r => r.Code == "no-budget").CallbackWindow.Anchor);
    }

    [Fact]
    public async Task The_reps_name_from_the_token_is_kept_with_the_plan_to_sign_its_drafts()
    {
        var client = _factory.ClientFor(TestTokens.Mint(new TokenSpec(TestTokens.TenantId, Ann, Name: " Ann\u0007 Example ")));

        var plan = await client.MarkAsync(ApiTestHelpers.Mark(conversationId: "AAQkADsignedname"));

        var stored = await _factory.Services.GetRequiredService<IPlanRepository>().GetAsync(new RepId(TestTokens.TenantId, Ann), plan.PlanId);
        Assert.Equal("Ann Example", stored!.RepName);
    }
}
