using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace OutlookFollowUp.Mailbox.Gateway;

/// <summary>
/// Name-based GUIDs (RFC 9562 version 5): the same namespace and name always give the same GUID, so every attempt at
/// a step sends Graph the same transactionId and Graph can tell a retry from a new event.
/// </summary>
internal static class DeterministicGuid
{
    [SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms", Justification = "Version 5 GUIDs are defined over SHA-1; this is an identifier, not a security boundary.")]
    public static Guid Create(Guid namespaceId, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        namespaceId.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);
        var hash = SHA1.HashData(input);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
