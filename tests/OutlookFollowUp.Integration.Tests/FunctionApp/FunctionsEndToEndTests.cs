using System.Net;
using System.Text;
using Azure.Storage.Queues;
using Microsoft.Azure.Functions.Worker;
using OutlookFollowUp.Api.Contracts;
using OutlookFollowUp.FunctionApp.Functions;
using OutlookFollowUp.GraphSandbox.State;
using OutlookFollowUp.Integration.Tests.Api;
using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Storage.Plans;
using OutlookFollowUp.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace OutlookFollowUp.Integration.Tests.FunctionApp;

/// <summary>
/// The product through the Functions app's own function classes, against Azurite and the Graph sandbox: a rep marks a
/// "no" with the MarkNo function, the Sweep timer puts the mailbox's work on the queue, the message (read off the queue
/// and decoded as the host's queue trigger does, Base64) is handed to MailboxWork, and the thank-you draft is in the
/// rep's mailbox; then the prospect writes back and the Replies timer pauses the plan.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class FunctionsEndToEndTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly Guid Ann = Guid.NewGuid();
    private readonly string _queue = "work-" + Guid.NewGuid().ToString("N")[..12];
    private LoopbackGraphSandbox? _graph;
    private FunctionAppHost? _functions;

    private LoopbackGraphSandbox Graph => _graph!;

    private FunctionAppHost Functions => _functions!;

    private static string Mailbox => Ann.ToString("D");

    public async Task InitializeAsync()
    {
        _graph = await LoopbackGraphSandbox.StartAsync();
        Graph.Sandbox.AddUser(new SandboxUser(Mailbox, "ann@sales.example", "Ann Rep", "W. Europe Standard Time",
            new TimeOnly(9, 0), new TimeOnly(17, 0), SandboxUser.MondayToFriday));
        _functions = FunctionAppHost.Build(new Dictionary<string, string?>(azurite.ConfigurationFor(AzuriteFixture.NewTablePrefix()))
        {
            ["Graph:BaseUrl"] = Graph.GraphBaseUrl.ToString(),
            ["Queues:Sweep"] = _queue,
        });
    }

    public async Task DisposeAsync()
    {
        _functions?.Dispose();
        if (_graph is not null)
        {
            await _graph.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_no_marked_through_the_functions_becomes_a_thank_you_draft_and_a_reply_pauses_the_plan()
    {
        var messageId = Graph.Sandbox.AddInboxMessage(Mailbox, new SandboxRecipient("ann.smith@contoso.example", "Ann Smith"),
            "Re: Our proposal", "<p>It is more than we can spend this year.</p>");
        var conversationId = Graph.Sandbox.Messages(Mailbox).Single(m => m.Id == messageId).ConversationId;
        var mark = ApiTestHelpers.Mark(conversationId);
        mark["itemId"] = messageId;

        var marked = await Functions.SendAsync(HttpMethod.Put, "/api/plans", TestTokens.Rep(Ann),
            new StringContent(mark.ToJsonString(), Encoding.UTF8, "application/json"));
        await marked.ShouldBeAsync(HttpStatusCode.Created);
        var plan = await marked.ReadAsync<PlanResponse>();

        await InvokeAsync<SweepFunctions>(f => f.Sweep(new TimerInfo(), CancellationToken.None));
        var messages = await ReceiveAllAsync();
        foreach (var message in messages)
        {
            await InvokeAsync<SweepFunctions>(f => f.MailboxWork(message, CancellationToken.None));
        }

        Assert.Single(messages);
        var draft = Assert.Single(Graph.Sandbox.Drafts(Mailbox));
        Assert.Equal(conversationId, draft.ConversationId);
        Assert.Equal(["ann.smith@contoso.example"], draft.ToRecipients.Select(r => r.Address));
        Assert.Equal(0, Graph.Sandbox.Counters.Sends);

        Graph.Sandbox.SimulateProspectReply(Mailbox, conversationId, automatic: false, text: "Could we talk next week after all?");
        await InvokeAsync<ReplyFunctions>(f => f.Replies(new TimerInfo(), CancellationToken.None));

        var after = await (await Functions.SendAsync(HttpMethod.Get, $"/api/plans/{plan.PlanId}", TestTokens.Rep(Ann))).ReadAsync<PlanResponse>();
        Assert.Equal(PlanState.Paused, after.State);
    }

    /// <summary>One invocation: the function class activated from its own scope, as the worker does.</summary>
    private async Task InvokeAsync<T>(Func<T, Task> invocation)
    {
        await using var scope = Functions.Services.CreateAsyncScope();
        await invocation(FunctionAppHost.Activate<T>(scope));
    }

    /// <summary>Every message on the sweep's queue, decoded from Base64 as the queue trigger's default encoding does.</summary>
    private async Task<List<string>> ReceiveAllAsync()
    {
        var queue = new QueueClient(azurite.ConnectionString, _queue);
        var received = new List<string>();
        while ((await queue.ReceiveMessagesAsync(maxMessages: 32)).Value is { Length: > 0 } batch)
        {
            foreach (var message in batch)
            {
                received.Add(Encoding.UTF8.GetString(Convert.FromBase64String(message.MessageText)));
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }
        }

        return received;
    }
}
