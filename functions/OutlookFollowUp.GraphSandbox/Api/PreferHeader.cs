using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace OutlookFollowUp.GraphSandbox.Api;

/// <summary>Reads the Graph preferences a client may send in one or more <c>Prefer</c> headers.</summary>
internal static partial class PreferHeader
{
    /// <summary>The zone asked for with <c>outlook.timezone="…"</c>; Graph answers event times in UTC without it.</summary>
    public static TimeZoneInfo? OutlookTimeZone(HttpRequest request, out string zoneName)
    {
        zoneName = "UTC";
        foreach (var value in request.Headers["Prefer"])
        {
            var match = OutlookTimeZonePattern().Match(value ?? "");
            if (match.Success && TimeZoneInfo.TryFindSystemTimeZoneById(match.Groups["zone"].Value, out var zone))
            {
                zoneName = match.Groups["zone"].Value;
                return zone;
            }
        }

        return null;
    }

    /// <summary>Whether the client asked for immutable ids (<c>IdType="ImmutableId"</c>); Graph returns regular ids otherwise.</summary>
    public static bool ImmutableIds(HttpRequest request) =>
        request.Headers["Prefer"].Any(v => v is not null && v.Contains("IdType=\"ImmutableId\"", StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex("outlook\\.timezone\\s*=\\s*\"(?<zone>[^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex OutlookTimeZonePattern();
}
