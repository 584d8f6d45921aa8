using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Storage.Plans;

namespace OutlookFollowUp.Api.Contracts;

/// <summary>
/// A plan as the add-in shows it: the mark, the state (<c>active</c>, <c>paused</c>, <c>closed</c>), the outcome of a
/// closed plan (<c>re-engaged</c>, <c>won</c>, <c>still-no</c>), the Outlook category to put on the message, and the
/// steps in due order. <c>engagement</c> is set when the prospect came back (a reply, or a callback re-opened) and
/// paused the plan; <c>awayUntil</c> when an automatic reply moved the remaining steps past the prospect's return.
/// </summary>
public sealed record PlanResponse(
    string PlanId,
    string ConversationId,
    string ItemId,
    string? InternetMessageId,
    string? Subject,
    ProspectDto Prospect,
    string Reason,
    string Stage,
    string? ProspectWords,
    TagsDto Tags,
    bool CallbackAgreed,
    DateOnly? CallbackDate,
    DateOnly? ContractEndsOn,
    bool? ThankYou,
    DebriefDto? Debrief,
    string TimeZone,
    WorkingHoursDto WorkingHours,
    PlanState State,
    PlanOutcome? Outcome,
    string Category,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<StepResponse> Steps,
    EngagementDto? Engagement,
    DateOnly? AwayUntil)
{
    public static PlanResponse From(PlanRecord plan, string reasonLabel, DateTimeOffset now)
    {
        var mark = plan.Mark;
        var calendar = plan.Calendar;
        return new(
            plan.PlanId,
            plan.Thread.ConversationId,
            plan.Thread.ItemId,
            plan.Thread.InternetMessageId,
            plan.Thread.Subject,
            new ProspectDto(mark.Prospect.Email, mark.Prospect.Name, mark.Prospect.Company),
            mark.ReasonCode,
            Http.ApiJson.Name(mark.Stage),
            mark.ProspectWords,
            new TagsDto([.. mark.Tags.Goals], [.. mark.Tags.Challenges], [.. mark.Tags.Interests]),
            mark.CallbackAgreed,
            mark.ProspectNamedDate,
            mark.ContractEndsOn,
            mark.ThankYouWanted,
            mark.Debrief is { } d
                ? new DebriefDto(d.ProposedBeforeExploringNeeds, d.AskedMoreThanPitched, d.MatchedTheirPace, d.WasQualifiedOpportunity, d.LeftTheDoorOpen, d.Note)
                : null,
            calendar.TimeZoneId,
            new WorkingHoursDto(calendar.WorkdayStart, calendar.WorkdayEnd,
                [.. Enum.GetValues<DayOfWeek>().Where(calendar.WorkDays.Contains).Select(d => d.ToString().ToLowerInvariant())]),
            plan.State,
            plan.Outcome,
            $"No: {reasonLabel}",
            plan.CreatedAt,
            plan.UpdatedAt,
            [.. plan.Steps.OrderBy(s => s.Step.DueAt).ThenBy(s => s.Step.Number).Select(s => StepResponse.From(s, now))],
            plan.Engagement is { } e ? new EngagementDto(e.Source, e.At, e.After is { } after ? new StepRefDto(after.Kind, after.Ordinal) : null) : null,
            plan.AwayUntil);
    }
}

/// <summary>
/// One step: <c>kind</c> is <c>thank-you</c>, <c>follow-up</c> or <c>callback</c>; <c>status</c> is <c>planned</c>,
/// <c>done</c>, <c>parked</c> or <c>cancelled</c>. A callback whose time has passed can take an <c>outcome</c>
/// (<c>reached</c>, <c>not-reached</c>, <c>reopened</c>, <c>still-no</c>): <c>canRecordOutcome</c> says so.
/// </summary>
public sealed record StepResponse(
    int Number, StepKind Kind, DateTimeOffset DueAt, StepStatus Status, bool ValueProposition, int Attempts, string? LastError,
    CallbackOutcome? Outcome, DateTimeOffset? OutcomeAt, bool CanRecordOutcome)
{
    public static StepResponse From(StepRecord record, DateTimeOffset now) =>
        new(record.Step.Number, record.Step.Kind, record.Step.DueAt, record.Step.Status, record.Step.ValueProposition, record.Attempts, record.LastError,
            record.Outcome, record.OutcomeAt, CallbackOutcomeRule.CanRecord(record.Step, now));
}

/// <summary>Why the plan paused itself: <c>source</c> is <c>prospect-replied</c> or <c>callback-reopened</c>; <c>after</c> the last step that had run.</summary>
public sealed record EngagementDto(EngagementSource Source, DateTimeOffset At, StepRefDto? After);

/// <summary>A step as a manager names it: <c>{ "kind": "follow-up", "ordinal": 2 }</c> is the second follow-up.</summary>
public sealed record StepRefDto(StepKind Kind, int Ordinal);

/// <summary><c>GET /api/plans</c>: one page; pass <c>continuation</c> back as the query parameter for the next page.</summary>
public sealed record PlanPageResponse(IReadOnlyList<PlanResponse> Items, string? Continuation);
