namespace OutlookFollowUp.Api.Hosting;

/// <summary>
/// The timer schedules: six-field CRON (with seconds), UTC. The value is read from configuration under the setting
/// name (<c>Schedules__Sweep</c> as an environment variable, <c>%Schedules:Sweep%</c> in a Functions timer
/// attribute); the default applies when the setting is absent. Both hosts read these names.
/// </summary>
public static class Schedules
{
    public const string Section = "Schedules";

    public const string Sweep = "Sweep";
    public const string Replies = "Replies";

    /// <summary>Every five minutes.</summary>
    public const string DefaultSweep = "0 */5 * * * *";

    /// <summary>Every 30 minutes, offset from the sweep so the two do not start together.</summary>
    public const string DefaultReplies = "0 2/30 * * * *";

    /// <summary>The configuration key of a schedule, e.g. <c>Schedules:Sweep</c>.</summary>
    public static string Key(string name) => $"{Section}:{name}";

    /// <summary>The app-setting expression a Functions timer trigger binds to.</summary>
    public const string SweepSetting = "%Schedules:Sweep%";
    public const string RepliesSetting = "%Schedules:Replies%";

    public static string DefaultFor(string name) => name switch
    {
        Sweep => DefaultSweep,
        Replies => DefaultReplies,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown schedule."),
    };
}
