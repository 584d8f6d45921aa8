namespace OutlookFollowUp.Core.Planning;

/// <summary>
/// A rep's record of a prospect's "no" on one thread: everything the plan is built from.
/// <see cref="ThankYouWanted"/> null means "the reason's default".
/// </summary>
public sealed record NoMark(
    string ReasonCode,
    Prospect Prospect,
    SalesStage Stage,
    string? ProspectWords,
    ProspectTags Tags,
    bool CallbackAgreed,
    DateOnly? ProspectNamedDate = null,
    DateOnly? ContractEndsOn = null,
    bool? ThankYouWanted = null,
    SelfDebrief? Debrief = null);
