namespace OutlookFollowUp.Core.Planning;

/// <summary>A tenant's limits on how often and how densely the product may act for a rep.</summary>
public sealed record PlanningPolicy(TimeSpan QuietPeriod, int CallbackDailyCap, TimeSpan CallbackDuration)
{
    public static PlanningPolicy Default { get; } = new(TimeSpan.FromDays(14), 3, TimeSpan.FromMinutes(30));
}
