namespace OutlookFollowUp.Storage.Due;

/// <summary>
/// The due index's pointer to one step. It may be stale (the step was re-planned, ran, or its plan paused), so the
/// sweep reads the step itself before acting and removes the entry when it no longer matches. <see cref="DueAt"/> is
/// when the step runs (<see cref="Core.Planning.PlanStep.RunAt"/>), which for a callback is ahead of the call.
/// </summary>
public sealed record DueEntry(DateTimeOffset DueAt, RepId Rep, string PlanId, int StepNumber);
