using Microsoft.Extensions.Logging;
using OutlookFollowUp.Mailbox.Requests;
using OutlookFollowUp.Mailbox.Tests.Support;
using OutlookFollowUp.Testing;

namespace OutlookFollowUp.Mailbox.Tests;

/// <summary>
/// App-only permissions as Graph checks them ("Microsoft Graph permissions reference" and each API page's Permissions
/// table): the sandbox's token carries the roles of infra/graph-app-permissions.txt, every route needs one of its own,
/// and without it the answer is 403 ErrorAccessDenied, which the gateway reports as permanent.
/// </summary>
public sealed class AppPermissionTests : IClassFixture<SandboxFixture>, IAsyncLifetime, IDisposable
{
    private readonly SandboxFixture fixture;
    private readonly RecordingLoggerProvider logs = new();
    private TestGateway harness = null!;

    public AppPermissionTests(SandboxFixture fixture) => this.fixture = fixture;

    private GraphSandbox.GraphSandbox Sandbox => fixture.Sandbox;

    private IMailboxGateway Gateway => harness.Gateway;

    public Task InitializeAsync()
    {
        Sandbox.Reset(seedDemo: false);
        harness = TestGateway.Create(fixture.GraphBaseUrl, logs: logs);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();

    public void Dispose() => logs.Dispose();

    [Fact]
    public void The_sandboxs_token_carries_exactly_the_permissions_the_deployment_grants()
    {
        var listed = File.ReadAllLines(Path.Combine(RepositoryRoot.Find(), "infra", "graph-app-permissions.txt"))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));

        Assert.Equal(listed.Order(StringComparer.Ordinal), Sandbox.AppRoles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Without_Mail_ReadWrite_drafts_and_the_thread_are_refused()
    {
        var rep = TestReps.Add(Sandbox);
        var message = TestReps.AddProspectMessage(Sandbox, rep);
        var conversation = Sandbox.Messages(rep.Id).Single(m => m.Id == message).ConversationId;
        Sandbox.SetAppRoles(Sandbox.AppRoles.Except(["Mail.ReadWrite"]));

        await AssertAccessDeniedAsync(() => Gateway.EnsureFollowUpDraftAsync(rep.Id,
            new FollowUpDraftRequest(TestReps.NewStepKey(), new DraftRecipient("noor@prospect.example"), TestReps.Content())));
        await AssertAccessDeniedAsync(() => Gateway.GetThreadMessagesAsync(rep.Id, conversation, DateTimeOffset.UtcNow.AddDays(-2)));
        Assert.Equal(0, Sandbox.Counters.DraftsCreated);
    }

    [Fact]
    public async Task Without_Calendars_ReadWrite_no_callback_is_booked()
    {
        var rep = TestReps.Add(Sandbox);
        var calendar = await Gateway.ReadableProfileAsync(rep.Id);
        Sandbox.SetAppRoles(Sandbox.AppRoles.Except(["Calendars.ReadWrite"]));

        await AssertAccessDeniedAsync(() => Gateway.EnsureCallbackEventAsync(rep.Id,
            new CallbackEventRequest(TestReps.NewStepKey(), TestReps.NextWednesday(), calendar, TimeSpan.FromMinutes(30), TestReps.Content(), "Follow-Up callback")));
        Assert.Empty(Sandbox.Events(rep.Id));
    }

    [Fact]
    public async Task A_mailbox_that_refuses_its_settings_gives_no_profile_asks_once_per_lifetime_and_warns_once()
    {
        var rep = TestReps.Add(Sandbox);
        Sandbox.SetAppRoles(Sandbox.AppRoles.Except(["MailboxSettings.Read"]));

        var profiles = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Gateway.GetMailboxProfileAsync(rep.Id)));
        var again = await Gateway.GetMailboxProfileAsync(rep.Id);

        Assert.All(profiles.Append(again), Assert.Null);
        Assert.Single(Sandbox.Requests.Entries, r => r.Mailbox == rep.Id && r.Outcome == "access-denied");
        var warning = Assert.Single(logs.Lines, l => l.Level == LogLevel.Warning);
        Assert.Contains(rep.Id, warning.Message, StringComparison.Ordinal);
        Assert.Contains("MailboxSettings.Read", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_deployed_permissions_nothing_is_refused()
    {
        var rep = TestReps.Add(Sandbox);
        var message = TestReps.AddProspectMessage(Sandbox, rep);
        var calendar = await Gateway.ReadableProfileAsync(rep.Id);

        await Gateway.EnsureCallbackEventAsync(rep.Id,
            new CallbackEventRequest(TestReps.NewStepKey(), TestReps.NextWednesday(), calendar, TimeSpan.FromMinutes(30), TestReps.Content(), "Follow-Up callback"));
        await Gateway.EnsureThankYouDraftAsync(rep.Id, new ThankYouDraftRequest(TestReps.NewStepKey(), message, TestReps.Content(), DateTimeOffset.UtcNow));
        await Gateway.EnsureFollowUpDraftAsync(rep.Id, new FollowUpDraftRequest(TestReps.NewStepKey(), new DraftRecipient("noor@prospect.example"), TestReps.Content()));

        Assert.DoesNotContain(Sandbox.Requests.Entries, r => r.Outcome == "access-denied");
    }

    private static async Task AssertAccessDeniedAsync(Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<MailboxGatewayException>(call);
        Assert.Equal((MailboxFailure.Permanent, "ErrorAccessDenied", 403), (error.Failure, error.GraphCode, error.StatusCode));
    }
}
