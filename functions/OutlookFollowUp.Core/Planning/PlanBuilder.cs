using OutlookFollowUp.Core.Reasons;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Core.Planning;

/// <summary>Turns a "no" into an ordered plan of steps with due instants (UTC).</summary>
public sealed class PlanBuilder(ReasonCatalog catalog, TimeProvider time)
{
    /// <summary>Builds the plan for a fresh mark, steps ordered by due instant.</summary>
    public IReadOnlyList<PlanStep> Build(NoMark mark, PlanningContext context) => Replan([], mark, context);

    /// <summary>
    /// Re-plans after the mark changed (for instance a new reason): steps that already ran are kept as they are,
    /// steps that had not run are dropped, and the new steps get numbers after the highest existing one.
    /// </summary>
    /// <remarks>
    /// Numbers of dropped steps are not reused either: a parked step may have left an item in the mailbox keyed by
    /// its number. A thank-you is written once per plan; the follow-ups already sent count towards the quiet period.
    /// </remarks>
    public IReadOnlyList<PlanStep> Replan(IReadOnlyList<PlanStep> existing, NoMark mark, PlanningContext context)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(mark);
        ArgumentNullException.ThrowIfNull(context);
        var reason = ReasonOf(mark);
        var now = time.GetUtcNow();
        var calendar = new BusinessCalendar(context.Calendar);
        var today = calendar.LocalDateOf(now);
        EnsureNamedDateIsAhead(mark, today);

        var kept = existing.Where(s => s.HasRun).ToList();
        var callback = new CallbackScheduler(calendar, context.Policy).Schedule(mark, reason, today, context.CallbacksPerDay);
        var sentFollowUps = kept.Where(s => s.Kind == StepKind.FollowUp).Select(s => s.DueAt);
        var followUps = new FollowUpScheduler(calendar, context.Policy)
            .Schedule(reason.FollowUpDays, now, calendar.LocalDateOf(callback), context.OtherFollowUpsToProspect.Concat(sentFollowUps));
        var valueProposition = ValuePropositionMix.For(followUps.Count, reason.Emphasis.ValuePropositionShare);

        var fresh = new List<PlanStep>();
        if ((mark.ThankYouWanted ?? reason.ThankYouByDefault) && !kept.Any(s => s.Kind == StepKind.ThankYou))
        {
            fresh.Add(new PlanStep(0, StepKind.ThankYou, now));
        }

        fresh.AddRange(followUps.Select((due, i) => new PlanStep(0, StepKind.FollowUp, due, ValueProposition: valueProposition[i])));
        fresh.Add(new PlanStep(0, StepKind.Callback, callback));

        var firstNumber = existing.Select(s => s.Number).DefaultIfEmpty(0).Max() + 1;
        var numbered = InDueOrder(fresh).Select((step, i) => step with { Number = firstNumber + i });
        return [.. InDueOrder(kept.Concat(numbered))];
    }

    private static IOrderedEnumerable<PlanStep> InDueOrder(IEnumerable<PlanStep> steps) =>
        steps.OrderBy(s => s.DueAt).ThenBy(s => s.Kind).ThenBy(s => s.Number);

    // A call on the day of the mark is one the rep makes now, not one to plan; a past date is a mistake to report.
    private static void EnsureNamedDateIsAhead(NoMark mark, DateOnly today)
    {
        if (mark.ProspectNamedDate is { } named && named <= today)
        {
            throw new ArgumentException(
                $"The prospect-named callback date ({nameof(NoMark.ProspectNamedDate)}) {named:yyyy-MM-dd} is not after today ({today:yyyy-MM-dd}) in the rep's time zone.",
                nameof(mark));
        }
    }

    private ReasonDefinition ReasonOf(NoMark mark) =>
        catalog.Contains(mark.ReasonCode)
            ? catalog.Get(mark.ReasonCode)
            : throw new ArgumentException($"Unknown reason code '{mark.ReasonCode}' ({nameof(NoMark.ReasonCode)}).", nameof(mark));
}
