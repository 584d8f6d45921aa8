using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Mailbox.Tests.Support;

internal static class GatewayProfiles
{
    /// <summary>The mailbox's profile, for tests whose mailboxes grant the app their settings.</summary>
    public static async Task<RepCalendar> ReadableProfileAsync(this IMailboxGateway gateway, string mailbox, CancellationToken cancellationToken = default) =>
        await gateway.GetMailboxProfileAsync(mailbox, cancellationToken)
            ?? throw new InvalidOperationException($"Mailbox {mailbox} refused its settings.");
}
