namespace OutlookFollowUp.Core.Reasons;

/// <summary>A tenant's edits to one default reason; null members keep the default.</summary>
public sealed record ReasonOverride(
    string Code,
    string? Label = null,
    string? Hint = null,
    CallbackWindow? CallbackWindow = null,
    IReadOnlyList<int>? FollowUpDays = null,
    string? SuggestedOpening = null,
    bool? ThankYouByDefault = null);
