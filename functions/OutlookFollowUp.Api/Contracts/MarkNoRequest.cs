namespace OutlookFollowUp.Api.Contracts;

/// <summary>
/// <c>PUT /api/plans</c>: mark a thread as a "no". Enum-like fields are kebab-case strings (<c>reason</c> is a reason
/// code, <c>stage</c> one of <c>cold-call</c>, <c>discovery</c>, <c>demo</c>, <c>proposal</c>, <c>negotiation</c>);
/// dates are <c>yyyy-MM-dd</c>. <c>thankYou</c> null means the reason's default. <c>timeZone</c> is the IANA or
/// Windows id Office.js reports; <c>workingHours</c> defaults to 09:00–17:00, Monday to Friday.
/// </summary>
public sealed record MarkNoRequest
{
    public string? ConversationId { get; init; }
    public string? ItemId { get; init; }
    public string? InternetMessageId { get; init; }
    public string? Subject { get; init; }
    public ProspectDto? Prospect { get; init; }
    public string? Reason { get; init; }
    public string? Stage { get; init; }
    public string? ProspectWords { get; init; }
    public TagsDto? Tags { get; init; }
    public bool CallbackAgreed { get; init; }
    public DateOnly? CallbackDate { get; init; }
    public DateOnly? ContractEndsOn { get; init; }
    public bool? ThankYou { get; init; }
    public DebriefDto? Debrief { get; init; }
    public string? TimeZone { get; init; }
    public WorkingHoursDto? WorkingHours { get; init; }
}

public sealed record ProspectDto(string? Email, string? Name = null, string? Company = null);

public sealed record TagsDto(IReadOnlyList<string?>? Goals = null, IReadOnlyList<string?>? Challenges = null, IReadOnlyList<string?>? Interests = null);

public sealed record DebriefDto(
    bool? ProposedBeforeExploringNeeds = null,
    bool? AskedMoreThanPitched = null,
    bool? MatchedTheirPace = null,
    bool? WasQualifiedOpportunity = null,
    bool? LeftTheDoorOpen = null,
    string? Note = null);

/// <summary>Local times <c>HH:mm</c> (or <c>HH:mm:ss</c>, as responses write them); <c>days</c> are lower-case English day names (<c>monday</c>).</summary>
public sealed record WorkingHoursDto(TimeOnly? Start = null, TimeOnly? End = null, IReadOnlyList<string?>? Days = null);

/// <summary><c>POST /api/plans/{planId}/close</c>.</summary>
public sealed record ClosePlanRequest(string? Outcome);
