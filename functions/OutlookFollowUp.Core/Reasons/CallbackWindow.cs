namespace OutlookFollowUp.Core.Reasons;

/// <summary>What a callback window's day offsets are counted from.</summary>
public enum CallbackAnchor
{
    /// <summary>Offsets are days after the "no" was marked.</summary>
    AfterMark,

    /// <summary>Offsets are days relative to the first day of the prospect's next budget (fiscal) year; usually negative.</summary>
    NextBudgetYear,
}

/// <summary>The span of days in which a callback should land, as offsets from an anchor date.</summary>
public sealed record CallbackWindow(int FromDays, int ToDays, CallbackAnchor Anchor = CallbackAnchor.AfterMark)
{
    public static CallbackWindow AfterMark(int fromDays, int toDays) => new(fromDays, toDays);

    public static CallbackWindow BeforeNextBudgetYear(int fromDaysBefore, int toDaysBefore) =>
        new(-fromDaysBefore, -toDaysBefore, CallbackAnchor.NextBudgetYear);
}
