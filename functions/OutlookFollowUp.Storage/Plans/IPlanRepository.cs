namespace OutlookFollowUp.Storage.Plans;

/// <summary>
/// A rep's plans with their steps. Every method is scoped to one rep: an id that belongs to another rep reads as
/// "not found", never as that rep's data.
/// </summary>
public interface IPlanRepository
{
    Task<PlanRecord?> GetAsync(RepId rep, string planId, CancellationToken cancellationToken = default);

    /// <summary>The plan of a thread, if the rep has marked it before: the basis of idempotent re-marking.</summary>
    Task<PlanRecord?> FindByConversationAsync(RepId rep, string conversationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The rep's plans in a stable order, <paramref name="pageSize"/> (1–1000) at a time, each with its steps.
    /// <paramref name="continuationToken"/> is null for the first page, then the token of the previous page.
    /// </summary>
    /// <exception cref="ArgumentException">The token was not one this method returned.</exception>
    Task<PlanPage> ListAsync(RepId rep, int pageSize, string? continuationToken = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates (when <see cref="PlanRecord.Version"/> is null) or replaces the plan and all its steps in one
    /// transaction; steps missing from <see cref="PlanRecord.Steps"/> are deleted. Updates the due index and the
    /// active-plans index (<see cref="Active.IActivePlanIndex"/>).
    /// </summary>
    /// <returns>The plan as stored, with its new <see cref="PlanRecord.Version"/>.</returns>
    /// <exception cref="ConcurrencyConflictException">The plan changed (or was created) since this version was read.</exception>
    /// <exception cref="StorageLimitException">Too many steps, or a value too large for Table Storage.</exception>
    Task<PlanRecord> SaveAsync(PlanRecord plan, CancellationToken cancellationToken = default);

    /// <summary>
    /// Follow-ups to <paramref name="prospectEmail"/> and callbacks per local day across the rep's plans other than
    /// <paramref name="excludingPlanId"/>, counting steps planned or done that are due at or after <paramref name="since"/>.
    /// </summary>
    Task<PlanningInputs> GetPlanningInputsAsync(
        RepId rep, string prospectEmail, string timeZoneId, DateTimeOffset since, string? excludingPlanId = null, CancellationToken cancellationToken = default);
}
