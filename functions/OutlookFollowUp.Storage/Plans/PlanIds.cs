using OutlookFollowUp.Storage.Tables;

namespace OutlookFollowUp.Storage.Plans;

/// <summary>
/// Key-safe, deterministic ids derived from raw identifiers (see <see cref="KeyHash"/> for why they are hashes).
/// </summary>
public static class PlanIds
{
    /// <summary>The plan id of a thread: the same conversation always gives the same plan.</summary>
    public static string ForConversation(string conversationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return KeyHash.Of(conversationId);
    }

    /// <summary>The prospect's key: the same address in any case or with stray spaces gives the same key.</summary>
    public static string ForProspect(string email)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return KeyHash.Of(email.Trim().ToLowerInvariant());
    }

    /// <summary>True for strings shaped like a plan id; anything else cannot name a stored plan.</summary>
    public static bool IsWellFormed(string? planId) => KeyHash.IsWellFormed(planId);
}
