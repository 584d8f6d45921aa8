using Microsoft.AspNetCore.Http;
using OutlookFollowUp.GraphSandbox.State;

namespace OutlookFollowUp.GraphSandbox.Api;

/// <summary>Hands the mailbox that <see cref="GraphRequestFilter"/> resolved to the route handlers.</summary>
internal static class SandboxRequest
{
    private const string MailboxKey = "OutlookFollowUp.GraphSandbox.Mailbox";

    public static void SetMailbox(HttpContext context, SandboxMailbox mailbox) => context.Items[MailboxKey] = mailbox;

    public static SandboxMailbox Mailbox(HttpContext context) =>
        context.Items[MailboxKey] as SandboxMailbox
        ?? throw new InvalidOperationException("Graph routes run behind GraphRequestFilter, which resolves the mailbox.");
}
