namespace OutlookFollowUp.Core.Reasons;

/// <summary>
/// One reason for a "no" and the playbook that goes with it.
/// <see cref="FollowUpDays"/> are days after the mark on which a follow-up draft is due (before the attention guard and
/// business-day rules move them); follow-ups that would fall after the callback are not planned.
/// </summary>
public sealed record ReasonDefinition(
    string Code,
    string Label,
    string Hint,
    CallbackWindow CallbackWindow,
    IReadOnlyList<int> FollowUpDays,
    ContentEmphasis Emphasis,
    string SuggestedOpening,
    bool ThankYouByDefault);
