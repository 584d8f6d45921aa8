using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Storage.Plans;

/// <summary>
/// What the rep's other plans contribute to a <see cref="PlanningContext"/>: follow-ups planned or sent to the same
/// prospect (the attention guard) and callbacks per local day in the rep's time zone (the spreader).
/// </summary>
public sealed record PlanningInputs(IReadOnlyList<DateTimeOffset> OtherFollowUpsToProspect, IReadOnlyDictionary<DateOnly, int> CallbacksPerDay)
{
    public PlanningContext ToContext(RepCalendar calendar, PlanningPolicy policy) =>
        new(calendar, policy, OtherFollowUpsToProspect, CallbacksPerDay);
}
