using System.Security.Cryptography;
using System.Text;

namespace OutlookFollowUp.Storage.Tables;

/// <summary>
/// Turns a raw identifier into a key-safe one. Conversation ids, e-mail addresses and item ids contain characters
/// Table keys forbid ('/', '\', '#', '?', control characters) and may be long, so keys hold the first 16 bytes of
/// their SHA-256 as 32 lower-case hex digits: deterministic, fixed length, and collisions are out of reach at 128 bits.
/// </summary>
internal static class KeyHash
{
    public static string Of(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)).AsSpan(0, 16));

    public static bool IsWellFormed(string? key) =>
        key is { Length: 32 } && key.All(char.IsAsciiHexDigitLower);
}
