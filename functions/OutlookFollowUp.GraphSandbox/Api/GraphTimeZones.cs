using System.Collections.Frozen;

namespace OutlookFollowUp.GraphSandbox.Api;

/// <summary>
/// The zone names Graph takes in <c>dateTimeTimeZone.timeZone</c> ("dateTimeTimeZone resource type"): the time zones
/// Windows supports, and the page's list of additional ones. Anything else is refused as Graph refuses it.
/// </summary>
internal static class GraphTimeZones
{
    // The page's "Additional time zones", as listed there (note Asia/Calcutta, not Asia/Kolkata).
    private static readonly FrozenSet<string> Additional = new[]
    {
        "Etc/GMT+12", "Etc/GMT+11", "Pacific/Honolulu", "America/Anchorage", "America/Santa_Isabel", "America/Los_Angeles",
        "America/Phoenix", "America/Chihuahua", "America/Denver", "America/Guatemala", "America/Chicago", "America/Mexico_City",
        "America/Regina", "America/Bogota", "America/New_York", "America/Indiana/Indianapolis", "America/Caracas",
        "America/Asuncion", "America/Halifax", "America/Cuiaba", "America/La_Paz", "America/Santiago", "America/St_Johns",
        "America/Sao_Paulo", "America/Argentina/Buenos_Aires", "America/Cayenne", "America/Godthab", "America/Montevideo",
        "America/Bahia", "Etc/GMT+2", "Atlantic/Azores", "Atlantic/Cape_Verde", "Africa/Casablanca", "Etc/GMT", "Europe/London",
        "Atlantic/Reykjavik", "Europe/Berlin", "Europe/Budapest", "Europe/Paris", "Europe/Warsaw", "Africa/Lagos",
        "Africa/Windhoek", "Europe/Bucharest", "Asia/Beirut", "Africa/Cairo", "Asia/Damascus", "Africa/Johannesburg",
        "Europe/Kiev", "Europe/Istanbul", "Asia/Jerusalem", "Asia/Amman", "Asia/Baghdad", "Europe/Kaliningrad", "Asia/Riyadh",
        "Africa/Nairobi", "Asia/Tehran", "Asia/Dubai", "Asia/Baku", "Europe/Moscow", "Indian/Mauritius", "Asia/Tbilisi",
        "Asia/Yerevan", "Asia/Kabul", "Asia/Karachi", "Asia/Tashkent", "Asia/Calcutta", "Asia/Colombo", "Asia/Katmandu",
        "Asia/Almaty", "Asia/Dhaka", "Asia/Yekaterinburg", "Asia/Rangoon", "Asia/Bangkok", "Asia/Novosibirsk", "Asia/Shanghai",
        "Asia/Krasnoyarsk", "Asia/Singapore", "Australia/Perth", "Asia/Taipei", "Asia/Ulaanbaatar", "Asia/Irkutsk", "Asia/Tokyo",
        "Asia/Seoul", "Australia/Adelaide", "Australia/Darwin", "Australia/Brisbane", "Australia/Sydney", "Pacific/Port_Moresby",
        "Australia/Hobart", "Asia/Yakutsk", "Pacific/Guadalcanal", "Asia/Vladivostok", "Pacific/Auckland", "Etc/GMT-12",
        "Pacific/Fiji", "Asia/Magadan", "Pacific/Tongatapu", "Pacific/Apia", "Pacific/Kiritimati",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsAccepted(string name) =>
        name == "UTC" || Additional.Contains(name) || TimeZoneInfo.TryConvertWindowsIdToIanaId(name, out _);

    /// <summary>What Outlook reports for a mailbox: the zone's Windows name.</summary>
    public static string WindowsName(string zone) =>
        TimeZoneInfo.TryConvertIanaIdToWindowsId(zone, out var windows) ? windows : zone;

    /// <summary>Graph's answer to a dateTimeTimeZone it does not take.</summary>
    public static string NotSupported(string name) =>
        $"A valid TimeZone value must be specified. The following TimeZone value is not supported: '{name}'.";
}
