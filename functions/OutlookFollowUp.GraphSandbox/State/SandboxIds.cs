using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace OutlookFollowUp.GraphSandbox.State;

/// <summary>
/// Opaque item ids that look like Exchange's. The sandbox hands out the same id whether or not a client asks for
/// <c>Prefer: IdType="ImmutableId"</c>: its ids never change when an item moves, so the regular id simply equals the
/// immutable one. URL-safe base64 keeps them usable as path segments without escaping.
/// </summary>
internal static class SandboxIds
{
    public static string NewItemId() => ItemId(RandomNumberGenerator.GetBytes(24));

    public static string NewConversationId() => ConversationId(RandomNumberGenerator.GetBytes(16));

    /// <summary>
    /// Ids derived from <paramref name="key"/>: a seeded thread keeps its ids across restarts of the in-memory sandbox,
    /// so plans stored in Azurite earlier still point at an existing message.
    /// </summary>
    public static (string ItemId, string ConversationId) Stable(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("sandbox-seed:" + key));
        return (ItemId(hash.AsSpan(0, 24)), ConversationId(hash.AsSpan(16, 16)));
    }

    /// <summary>An RFC 5322 Message-ID derived from the item id, so it is as stable as the id itself.</summary>
    /// <summary>
    /// A message's regular (REST) id: unlike its immutable id, it is different in every folder the message has been
    /// in ("Obtain immutable identifiers for Outlook resources"), so a client holding one from before a move gets 404.
    /// </summary>
    public static string RestId(string itemId, int moves) =>
        "AAMkAG" + Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes($"{itemId}/{moves}")).AsSpan(0, 24));

    public static string InternetMessageId(string itemId) =>
        $"<{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(itemId)).AsSpan(0, 12))}@sandbox.example>";

    private static string ItemId(ReadOnlySpan<byte> bytes) => "AAkALg" + Base64Url.EncodeToString(bytes);

    private static string ConversationId(ReadOnlySpan<byte> bytes) => "AAQkAD" + Base64Url.EncodeToString(bytes);
}
