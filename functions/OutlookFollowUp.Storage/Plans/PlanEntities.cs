using Azure.Data.Tables;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Scheduling;
using OutlookFollowUp.Storage.Tables;

namespace OutlookFollowUp.Storage.Plans;

/// <summary>
/// Maps plans and steps to table rows and back. Members that queries filter on (state, kind, status, due instant,
/// prospect key) are columns of their own; the mark and the calendar are JSON. Instants are stored in UTC and
/// enums by name.
/// </summary>
internal static class PlanEntities
{
    private const string ConversationId = nameof(ConversationId);
    private const string ItemId = nameof(ItemId);
    private const string InternetMessageId = nameof(InternetMessageId);
    private const string GraphConversationId = nameof(GraphConversationId);
    private const string Subject = nameof(Subject);
    private const string RepName = nameof(RepName);
    private const string Mark = nameof(Mark);
    private const string Calendar = nameof(Calendar);
    private const string State = nameof(State);
    private const string Outcome = nameof(Outcome);
    private const string CreatedAt = nameof(CreatedAt);
    private const string UpdatedAt = nameof(UpdatedAt);
    private const string MailboxItemId = nameof(MailboxItemId);
    private const string Attempts = nameof(Attempts);
    private const string LastError = nameof(LastError);
    private const string LeaseUntil = nameof(LeaseUntil);
    private const string StartedAt = nameof(StartedAt);
    private const string ValueProposition = nameof(ValueProposition);
    private const string EngagementJson = "Engagement";
    private const string AwayUntil = nameof(AwayUntil);
    private const string RepliesCheckedUpTo = nameof(RepliesCheckedUpTo);
    private const string StepOutcome = "CallbackOutcome";
    private const string OutcomeAt = nameof(OutcomeAt);

    // Query columns, also used in filters.
    public const string PlanId = nameof(PlanId);
    public const string ProspectKey = nameof(ProspectKey);
    public const string Number = nameof(Number);
    public const string Kind = nameof(Kind);
    public const string Status = nameof(Status);
    public const string DueAt = nameof(DueAt);

    public static TableEntity ToPlanEntity(PlanRecord plan) => Validated(new TableEntity(plan.Rep.Key, PlanRows.Plan(plan.PlanId))
    {
        [PlanId] = plan.PlanId,
        [ConversationId] = plan.Thread.ConversationId,
        [ItemId] = plan.Thread.ItemId,
        [InternetMessageId] = plan.Thread.InternetMessageId,
        [GraphConversationId] = plan.Thread.GraphConversationId,
        [Subject] = plan.Thread.Subject,
        [RepName] = plan.RepName,
        [ProspectKey] = PlanIds.ForProspect(plan.Mark.Prospect.Email),
        [Mark] = StoredJson.Serialize(plan.Mark),
        [Calendar] = StoredJson.Serialize(plan.Calendar),
        [State] = plan.State.ToString(),
        [Outcome] = plan.Outcome?.ToString(),
        [CreatedAt] = plan.CreatedAt.ToUniversalTime(),
        [UpdatedAt] = plan.UpdatedAt.ToUniversalTime(),
        [EngagementJson] = plan.Engagement is null ? null : StoredJson.Serialize(plan.Engagement),
        [AwayUntil] = plan.AwayUntil?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        [RepliesCheckedUpTo] = plan.RepliesCheckedUpTo?.ToUniversalTime(),
    });

    /// <summary>Step rows carry the prospect key so the attention guard is one query over the rep's steps.</summary>
    public static TableEntity ToStepEntity(PlanRecord plan, StepRecord step) =>
        Validated(new TableEntity(plan.Rep.Key, PlanRows.Step(plan.PlanId, step.Step.Number))
        {
            [PlanId] = plan.PlanId,
            [ProspectKey] = PlanIds.ForProspect(plan.Mark.Prospect.Email),
            [Number] = step.Step.Number,
            [Kind] = step.Step.Kind.ToString(),
            [DueAt] = step.Step.DueAt.ToUniversalTime(),
            [Status] = step.Step.Status.ToString(),
            [ValueProposition] = step.Step.ValueProposition,
            [MailboxItemId] = step.MailboxItemId,
            [Attempts] = step.Attempts,
            [LastError] = step.LastError,
            [LeaseUntil] = step.LeaseUntil?.ToUniversalTime(),
            [StartedAt] = step.StartedAt?.ToUniversalTime(),
            [StepOutcome] = step.Outcome?.ToString(),
            [OutcomeAt] = step.OutcomeAt?.ToUniversalTime(),
        });

    public static PlanRecord ToRecord(RepId rep, TableEntity plan, IEnumerable<TableEntity> steps) => new(
        Required(plan, PlanId),
        rep,
        new ThreadRef(Required(plan, ConversationId), Required(plan, ItemId), plan.GetString(InternetMessageId), plan.GetString(Subject),
            plan.GetString(GraphConversationId)),
        StoredJson.Deserialize<NoMark>(plan.GetString(Mark), Mark),
        StoredJson.Deserialize<RepCalendar>(plan.GetString(Calendar), Calendar),
        Enum.Parse<PlanState>(Required(plan, State)),
        plan.GetString(Outcome) is { } outcome ? Enum.Parse<PlanOutcome>(outcome) : null,
        RequiredInstant(plan, CreatedAt),
        RequiredInstant(plan, UpdatedAt),
        [.. steps.Select(ToStep).OrderBy(s => s.Step.Number)],
        plan.ETag.ToString())
    {
        RepName = plan.GetString(RepName) ?? "",
        Engagement = plan.GetString(EngagementJson) is { } engagement ? StoredJson.Deserialize<Engagement>(engagement, EngagementJson) : null,
        AwayUntil = plan.GetString(AwayUntil) is { } away ? DateOnly.ParseExact(away, "O", System.Globalization.CultureInfo.InvariantCulture) : null,
        RepliesCheckedUpTo = plan.GetDateTimeOffset(RepliesCheckedUpTo),
    };

    public static StepRecord ToStep(TableEntity step) => new(
        new PlanStep(
            step.GetInt32(Number) ?? throw Missing(step, Number),
            Enum.Parse<StepKind>(Required(step, Kind)),
            RequiredInstant(step, DueAt),
            Enum.Parse<StepStatus>(Required(step, Status)),
            step.GetBoolean(ValueProposition) ?? false),
        step.GetString(MailboxItemId),
        step.GetInt32(Attempts) ?? 0,
        step.GetString(LastError),
        step.GetDateTimeOffset(LeaseUntil),
        step.GetDateTimeOffset(StartedAt),
        step.GetString(StepOutcome) is { } outcome ? Enum.Parse<CallbackOutcome>(outcome) : null,
        step.GetDateTimeOffset(OutcomeAt));

    private static TableEntity Validated(TableEntity entity)
    {
        EntityLimits.Validate(entity);
        return entity;
    }

    private static string Required(TableEntity entity, string property) =>
        entity.GetString(property) ?? throw Missing(entity, property);

    private static DateTimeOffset RequiredInstant(TableEntity entity, string property) =>
        entity.GetDateTimeOffset(property) ?? throw Missing(entity, property);

    private static InvalidDataException Missing(TableEntity entity, string property) =>
        new($"Row '{entity.RowKey}' has no '{property}'.");
}
