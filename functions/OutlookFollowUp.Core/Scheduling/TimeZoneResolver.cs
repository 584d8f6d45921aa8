using System.Diagnostics.CodeAnalysis;

namespace OutlookFollowUp.Core.Scheduling;

/// <summary>
/// Finds a rep's time zone from the id Outlook or the add-in reports. With ICU (Linux, and Windows since .NET 6)
/// the system lookup accepts both IANA ids ("Europe/Paris") and Windows ids ("Romance Standard Time"), so no
/// mapping table of our own is needed.
/// </summary>
public static class TimeZoneResolver
{
    public static TimeZoneInfo Resolve(string timeZoneId) =>
        TryFind(timeZoneId, out var zone, out var error)
            ? zone
            : throw new UnknownTimeZoneException(timeZoneId, nameof(timeZoneId), error);

    public static bool TryResolve(string? timeZoneId, [NotNullWhen(true)] out TimeZoneInfo? zone) =>
        TryFind(timeZoneId, out zone, out _);

    /// <summary>
    /// The Windows name of a zone ("India Standard Time" for "Asia/Kolkata"; a Windows name as it is), or null when it
    /// has none. Outlook calendars take Windows names: Graph's dateTimeTimeZone documents them and only a short list of
    /// IANA ids besides ("dateTimeTimeZone resource type").
    /// </summary>
    public static string? WindowsIdOf(string? timeZoneId)
    {
        if (string.IsNullOrWhiteSpace(timeZoneId))
        {
            return null;
        }

        if (TimeZoneInfo.TryConvertIanaIdToWindowsId(timeZoneId, out var windows))
        {
            return windows;
        }

        return timeZoneId == "UTC" || TimeZoneInfo.TryConvertWindowsIdToIanaId(timeZoneId, out _) ? timeZoneId : null;
    }

    private static bool TryFind(string? timeZoneId, [NotNullWhen(true)] out TimeZoneInfo? zone, out Exception? error)
    {
        zone = null;
        error = null;
        if (string.IsNullOrWhiteSpace(timeZoneId))
        {
            return false;
        }

        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            // Ids are user input: whatever the platform lookup makes of a malformed one, the answer is "unknown".
            error = e;
            return false;
        }
    }
}
