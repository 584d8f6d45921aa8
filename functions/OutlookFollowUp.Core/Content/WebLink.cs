using System.Diagnostics.CodeAnalysis;

namespace OutlookFollowUp.Core.Content;

/// <summary>
/// The one rule for links the product puts in front of people: absolute http or https, with a host, no embedded
/// credentials, and of a length mail clients handle. Anything else (javascript:, data:, file:, relative paths) is
/// refused, because an href is executable in the wrong scheme.
/// </summary>
public static class WebLink
{
    public const int MaxLength = 2048;

    public static bool IsSafe([NotNullWhen(true)] Uri? uri) =>
        uri is { IsAbsoluteUri: true }
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0
        && uri.UserInfo.Length == 0
        && uri.AbsoluteUri.Length <= MaxLength;

    /// <summary>Parses text from an admin or a client into a link, or null when it is not a safe one.</summary>
    public static Uri? TryParse(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) && IsSafe(uri) ? uri : null;
}
