using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Scheduling;
using OutlookFollowUp.Storage;
using OutlookFollowUp.Storage.Plans;

namespace OutlookFollowUp.Integration.Tests.Storage;

/// <summary>Plans as the API would build them, with fixed instants so tests can compare exactly.</summary>
internal static class SamplePlans
{
    public static readonly DateTimeOffset MarkedAt = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public static RepId NewRep() => new(Guid.NewGuid(), Guid.NewGuid());

    public static NoMark Mark(string email = "dana@example.com", string reason = "price") => new(
        reason,
        new Prospect(email, "Dana Prospect", "Contoso"),
        SalesStage.Proposal,
        "Too expensive for this quarter.",
        new ProspectTags(["grow exports"], ["cash flow"], ["sailing"]),
        CallbackAgreed: true,
        ProspectNamedDate: new DateOnly(2026, 5, 4),
        Debrief: new SelfDebrief(ProposedBeforeExploringNeeds: true, Note: "Pitched too early."));

    public static RepCalendar Calendar { get; } = RepCalendar.Standard("Europe/Paris") with
    {
        Holidays = new HashSet<DateOnly> { new(2026, 5, 1) },
    };

    public static PlanStep[] Steps() =>
    [
        new(1, StepKind.ThankYou, MarkedAt),
        new(2, StepKind.FollowUp, MarkedAt.AddDays(21), ValueProposition: false),
        new(3, StepKind.FollowUp, MarkedAt.AddDays(49), ValueProposition: true),
        new(4, StepKind.Callback, MarkedAt.AddDays(63).AddHours(5)),
    ];

    public static PlanRecord New(RepId rep, string conversationId = "AAQkAGI2TG93AAA=", string email = "dana@example.com", IEnumerable<PlanStep>? steps = null) =>
        PlanRecord.New(
            rep,
            new ThreadRef(conversationId, "AAMkAGI2THVSAAA=", "<CAB12345@mail.example.com>", "Re: Our proposal"),
            Mark(email),
            Calendar,
            steps ?? Steps(),
            MarkedAt);
}
