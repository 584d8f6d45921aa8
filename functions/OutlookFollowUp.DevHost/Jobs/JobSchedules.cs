using Microsoft.Extensions.Options;
using NCrontab;
using OutlookFollowUp.Api.Hosting;

namespace OutlookFollowUp.DevHost.Jobs;

/// <summary>
/// The parsed schedules (six-field CRON, UTC): <c>Schedules__{Name}</c> or the shared default. Every schedule is parsed
/// and validated at start-up, used or not, so a bad setting stops the host at once instead of when its job arrives.
/// </summary>
internal sealed class JobSchedules
{
    private static readonly CrontabSchedule.ParseOptions SixFields = new() { IncludingSeconds = true };

    public Dictionary<string, (string Expression, CrontabSchedule? Schedule)> ByName { get; } = new(StringComparer.Ordinal);

    /// <summary>The CRON expression in force for a schedule: the setting, or the shared default.</summary>
    public static string ExpressionFor(IConfiguration configuration, string name) =>
        configuration[Schedules.Key(name)] is { Length: > 0 } configured ? configured : Schedules.DefaultFor(name);

    public void Read(IConfiguration configuration)
    {
        foreach (var name in new[] { Schedules.Sweep, Schedules.Replies })
        {
            var expression = ExpressionFor(configuration, name);
            ByName[name] = (expression, CrontabSchedule.TryParse(expression, SixFields));
        }
    }

    public CrontabSchedule this[string name] =>
        ByName[name].Schedule ?? throw new InvalidOperationException($"The {name} schedule is not valid.");

    internal sealed class Validator : IValidateOptions<JobSchedules>
    {
        public ValidateOptionsResult Validate(string? name, JobSchedules options)
        {
            var bad = options.ByName.Where(s => s.Value.Schedule is null)
                .Select(s => $"{Schedules.Section}__{s.Key} is not a six-field CRON expression (seconds first, UTC): '{s.Value.Expression}'.")
                .ToList();
            return bad.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(bad);
        }
    }
}
