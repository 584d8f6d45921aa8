using System.Security.Cryptography;
using System.Text;
using OutlookFollowUp.GraphSandbox.State;

namespace OutlookFollowUp.DevHost.DevIdentity;

/// <summary>A development user: the name it signed in with, its object id, and its Graph sandbox mailbox if it has one.</summary>
internal sealed record DevUser(string Name, Guid ObjectId, SandboxUser? Mailbox);

/// <summary>
/// Maps a development user name to a rep. The Graph sandbox's users are the one source of truth for demo reps: a
/// name that is a sandbox user's principal name, its local part, or the local part's first dot-separated word
/// ("dev-rep" → dev-rep@…, "ava" → ava.brooks@…) signs in with that user's object id, so the sweep later finds a
/// mailbox under the rep's id. Any other name gets a stable hashed id (and no mailbox), as before.
/// </summary>
internal sealed class DevUsers(GraphSandbox.GraphSandbox sandbox)
{
    public DevUser Resolve(string name)
    {
        var mailbox = FindMailbox(name);
        return mailbox is not null && Guid.TryParse(mailbox.Id, out var id)
            ? new DevUser(name, id, mailbox)
            : new DevUser(name, HashedObjectId(name), null);
    }

    /// <summary>A stable object id per dev user name, so each name has its own plans across restarts.</summary>
    public static Guid HashedObjectId(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("dev-user:" + name.ToLowerInvariant()));
        return new Guid(hash.AsSpan(0, 16));
    }

    // Read on every sign-in rather than cached: the sandbox can be reset or given users while the host runs.
    // A whole principal name or local part wins over a first word, so a user "ava@…" would not lose "ava" to "ava.brooks@…".
    private SandboxUser? FindMailbox(string name)
    {
        var users = sandbox.Users;
        return users.FirstOrDefault(u => Same(u.UserPrincipalName, name))
            ?? users.FirstOrDefault(u => Same(LocalPart(u), name))
            ?? users.FirstOrDefault(u => Same(LocalPart(u).Split('.')[0], name));
    }

    private static string LocalPart(SandboxUser user) => user.UserPrincipalName.Split('@')[0];

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
