using Microsoft.Extensions.Time.Testing;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Reasons;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Core.Tests.Planning;

/// <summary>The fixed moment, rep and marks the planning tests share.</summary>
internal static class Plans
{
    /// <summary>Monday 2026-11-23, 16:00 in Paris.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    /// <summary>A rep in Paris whose prospects' budget years start in April, so no budget window is cut short.</summary>
    public static RepCalendar ParisRep { get; } = RepCalendar.Standard("Europe/Paris") with { FiscalYearStartMonth = 4 };

    public static PlanBuilder Builder(ReasonCatalog? catalog = null, DateTimeOffset? now = null) =>
        new(catalog ?? ReasonCatalog.Default, new FakeTimeProvider(now ?? Now));

    public static NoMark Mark(string reasonCode, string email = "pat@example.com") =>
        new(reasonCode, new Prospect(email, "Pat", "Contoso"), SalesStage.Discovery, "Not for us right now.", ProspectTags.None, CallbackAgreed: true);

    public static PlanningContext Context(RepCalendar? calendar = null) => PlanningContext.For(calendar ?? ParisRep);

    public static PlanStep Callback(this IReadOnlyList<PlanStep> plan) => plan.Single(s => s.Kind == StepKind.Callback);

    public static IReadOnlyList<PlanStep> FollowUps(this IReadOnlyList<PlanStep> plan) => [.. plan.Where(s => s.Kind == StepKind.FollowUp)];

    public static DateOnly LocalDate(this PlanStep step, RepCalendar calendar) => new BusinessCalendar(calendar).LocalDateOf(step.DueAt);

    public static TimeOnly LocalTime(this PlanStep step, RepCalendar calendar) =>
        TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(step.DueAt, new BusinessCalendar(calendar).Zone).DateTime);
}
