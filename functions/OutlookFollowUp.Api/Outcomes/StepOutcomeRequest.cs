namespace OutlookFollowUp.Api.Outcomes;

/// <summary>
/// <c>POST /api/plans/{planId}/steps/{number}/outcome</c>: what happened on the call, <c>reached</c>,
/// <c>not-reached</c>, <c>reopened</c> or <c>still-no</c>.
/// </summary>
public sealed record StepOutcomeRequest(string? Outcome);
