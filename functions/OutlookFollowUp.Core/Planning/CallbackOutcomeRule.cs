namespace OutlookFollowUp.Core.Planning;

/// <summary>When a callback's outcome may be recorded: its event exists and the planned call time has passed.</summary>
public static class CallbackOutcomeRule
{
    public static bool CanRecord(PlanStep step, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Kind == StepKind.Callback && step.Status == StepStatus.Done && step.DueAt <= now;
    }
}
