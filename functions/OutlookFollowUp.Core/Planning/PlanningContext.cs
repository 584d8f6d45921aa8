using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Core.Planning;

/// <summary>
/// What the plan builder needs to know beyond the mark itself, gathered by the caller from storage:
/// the rep's calendar, the tenant's policy, follow-ups already planned or sent to the same prospect in the rep's
/// other plans (for the attention guard), and callbacks already booked per local day (for the spreader).
/// </summary>
public sealed record PlanningContext(
    RepCalendar Calendar,
    PlanningPolicy Policy,
    IReadOnlyList<DateTimeOffset> OtherFollowUpsToProspect,
    IReadOnlyDictionary<DateOnly, int> CallbacksPerDay)
{
    public static PlanningContext For(RepCalendar calendar) =>
        new(calendar, PlanningPolicy.Default, [], new Dictionary<DateOnly, int>());
}
