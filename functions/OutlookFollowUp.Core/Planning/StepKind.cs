namespace OutlookFollowUp.Core.Planning;

public enum StepKind
{
    /// <summary>A reply draft in the original thread, due at once.</summary>
    ThankYou,

    /// <summary>A goal-specific draft, composed when due from the content library.</summary>
    FollowUp,

    /// <summary>A calendar event in the rep's calendar to call the prospect back.</summary>
    Callback,
}
