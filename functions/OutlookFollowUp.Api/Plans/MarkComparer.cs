using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Api.Plans;

/// <summary>
/// Whether a re-sent mark changes what the plan is built from. Records compare lists and sets by reference, so the
/// collections are compared by content here.
/// </summary>
internal static class MarkComparer
{
    public static bool SameInputs(NoMark a, NoMark b) =>
        a with { Tags = ProspectTags.None } == b with { Tags = ProspectTags.None }
        && a.Tags.Goals.SequenceEqual(b.Tags.Goals, StringComparer.Ordinal)
        && a.Tags.Challenges.SequenceEqual(b.Tags.Challenges, StringComparer.Ordinal)
        && a.Tags.Interests.SequenceEqual(b.Tags.Interests, StringComparer.Ordinal);

    public static bool SameCalendar(RepCalendar a, RepCalendar b) =>
        a.TimeZoneId == b.TimeZoneId
        && a.WorkdayStart == b.WorkdayStart
        && a.WorkdayEnd == b.WorkdayEnd
        && a.FiscalYearStartMonth == b.FiscalYearStartMonth
        && a.WorkDays.SetEquals(b.WorkDays)
        && (a.Holidays ?? new HashSet<DateOnly>()).SetEquals(b.Holidays ?? new HashSet<DateOnly>());
}
