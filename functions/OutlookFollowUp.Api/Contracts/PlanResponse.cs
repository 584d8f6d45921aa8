using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Storage.Plans;

namespace OutlookFollowUp.Api.Contracts;

/// <summary>
/// A plan as the add-in shows it: the mark, the state (<c>active</c>, <c>paused</c>, <c>closed</c>), the outcome of a
/// closed plan (<c>re-engaged</c>, <c>won</c>, <c>still-no</c>), the Outlook category to put on the message, and the
/// steps in due order.
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
    IReadOnlyList<StepResponse> Steps)
{
    public static PlanResponse From(PlanRecord plan, string reasonLabel)
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
            [.. plan.Steps.OrderBy(s => s.Step.DueAt).ThenBy(s => s.Step.Number).Select(StepResponse.From)]);
    }
}

/// <summary>One step: <c>kind</c> is <c>thank-you</c>, <c>follow-up</c> or <c>callback</c>; <c>status</c> is <c>planned</c>, <c>done</c>, <c>parked</c> or <c>cancelled</c>.</summary>
public sealed record StepResponse(int Number, StepKind Kind, DateTimeOffset DueAt, StepStatus Status, bool ValueProposition, int Attempts, string? LastError)
{
    public static StepResponse From(StepRecord record) =>
        new(record.Step.Number, record.Step.Kind, record.Step.DueAt, record.Step.Status, record.Step.ValueProposition, record.Attempts, record.LastError);
}

/// <summary><c>GET /api/plans</c>: one page; pass <c>continuation</c> back as the query parameter for the next page.</summary>
public sealed record PlanPageResponse(IReadOnlyList<PlanResponse> Items, string? Continuation);
