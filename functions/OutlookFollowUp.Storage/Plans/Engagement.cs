using OutlookFollowUp.Core.Planning;

namespace OutlookFollowUp.Storage.Plans;

/// <summary>Why a plan was paused by the prospect rather than by the rep.</summary>
public enum EngagementSource
{
    /// <summary>The prospect (or a colleague at their domain) wrote back in the thread.</summary>
    ProspectReplied,

    /// <summary>The rep recorded a callback's outcome as "re-opened".</summary>
    CallbackReopened,
}

/// <summary>
/// The prospect came back: when, how, and after which step of the plan (null: before any step had run). This is what
/// the managers' insights count as "this no turned into a conversation".
/// </summary>
public sealed record Engagement(EngagementSource Source, DateTimeOffset At, StepRef? After);
