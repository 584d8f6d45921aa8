using OutlookFollowUp.Core.Composition;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Mailbox.Requests;

/// <summary>
/// A callback to put in the rep's calendar on <see cref="PlannedDate"/> (a local date in the rep's zone), in a free
/// slot inside working hours when the calendar has one, otherwise at the default callback time.
/// </summary>
/// <param name="StepKey">Our key of the plan step (already hashed, never user input); one step, one event, ever.</param>
/// <param name="Calendar">The rep's working hours and time zone, as <see cref="IMailboxGateway.GetMailboxProfileAsync"/> read them.</param>
/// <param name="Content">Subject and HTML body composed (and encoded) by Core's composition; the gateway adds no markup.</param>
/// <param name="Category">The Outlook category the event carries, e.g. "Follow-Up callback".</param>
/// <param name="Duration">Length of the call.</param>
/// <param name="PlannedDate">Local date of the callback in the rep's time zone.</param>
/// <param name="ReminderMinutesBefore">Outlook reminder before the start.</param>
/// <param name="ClaimedBefore">
/// Whether an earlier attempt at the step may have made the item (it was claimed before: a crash, a lost response, an
/// expired lease). On a step's first attempt (false) the item is created without looking it up first; the step key it
/// carries lets any later attempt find it.
/// </param>
/// <param name="Session">
/// The run's shared view of the rep's calendar: one read per day, and slots already given to this run's callbacks
/// count as busy. Null reads the day afresh for this callback alone.
/// </param>
public sealed record CallbackEventRequest(
    string StepKey,
    DateOnly PlannedDate,
    RepCalendar Calendar,
    TimeSpan Duration,
    ComposedMessage Content,
    string Category,
    int ReminderMinutesBefore = 15,
    bool ClaimedBefore = true,
    CalendarSession? Session = null);
