namespace OutlookFollowUp.Core.Planning;

/// <summary>How a closed plan ended: what the manager's "which plans turn a no into a conversation" view counts.</summary>
public enum PlanOutcome
{
    ReEngaged,
    Won,
    StillNo,
}
