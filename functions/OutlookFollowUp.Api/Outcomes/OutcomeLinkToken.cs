using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OutlookFollowUp.Storage;
using OutlookFollowUp.Storage.Plans;

namespace OutlookFollowUp.Api.Outcomes;

/// <summary>What a callback-outcome link names: one step of one rep's plan, until <see cref="ExpiresAt"/>.</summary>
public sealed record OutcomeLinkClaim(RepId Rep, string PlanId, int Number, DateTimeOffset ExpiresAt);

/// <summary>
/// The signed token in a callback-outcome link: <c>base64url(payload) + "." + base64url(HMAC-SHA256(key, payload))</c>
/// with the payload <c>v1|{rep key}|{plan id}|{step number}|{expiry, Unix seconds}</c>. Whoever holds the link may
/// record that one call's outcome and nothing else, so the token is the credential and the signature is checked in
/// constant time before anything in it is trusted.
/// </summary>
internal static class OutcomeLinkToken
{
    private const string Version = "v1";
    private const int MaxLength = 512;

    public static string Create(byte[] key, OutcomeLinkClaim claim)
    {
        var payload = Encoding.UTF8.GetBytes(string.Join('|',
            Version, claim.Rep.Key, claim.PlanId, claim.Number.ToString(CultureInfo.InvariantCulture),
            claim.ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        return $"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(HMACSHA256.HashData(key, payload))}";
    }

    /// <summary>The claim of a token this key signed, or null for anything else (expiry is the caller's to check).</summary>
    public static OutcomeLinkClaim? Read(byte[] key, string? token)
    {
        if (token is null || token.Length > MaxLength || token.Split('.') is not [var encodedPayload, var encodedSignature])
        {
            return null;
        }

        byte[] payload, signature;
        try
        {
            payload = Base64Url.DecodeFromChars(encodedPayload);
            signature = Base64Url.DecodeFromChars(encodedSignature);
        }
        catch (FormatException)
        {
            return null;
        }

        if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(key, payload), signature))
        {
            return null;
        }

        // Signed by us, so well formed unless the format changed: still parsed defensively.
        return Encoding.UTF8.GetString(payload).Split('|') is [Version, var repKey, var planId, var number, var expires]
            && RepId.TryParseKey(repKey, out var rep)
            && PlanIds.IsWellFormed(planId)
            && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var stepNumber)
            && long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var unixSeconds)
            ? new OutcomeLinkClaim(rep.Value, planId, stepNumber, DateTimeOffset.FromUnixTimeSeconds(unixSeconds))
            : null;
    }
}
