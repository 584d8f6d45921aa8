using System.Globalization;
using Microsoft.Graph.Models;
using OutlookFollowUp.Core.Scheduling;
using OutlookFollowUp.Mailbox.Requests;
using OutlookFollowUp.Mailbox.Resilience;

namespace OutlookFollowUp.Mailbox.Gateway;

/// <summary>
/// Callback events: look up by step key; otherwise read the planned day's calendar (once per run and day when the
/// request carries the run's <see cref="CalendarSession"/>), pick a free slot with Core's
/// <see cref="FreeSlotFinder"/>, and create the event with a transactionId derived from the step key. That POST is
/// marked idempotent, because Graph answers a repeated transactionId with the event it already made, so the pipeline
/// may resend it after a lost connection.
/// </summary>
internal sealed class CallbackEvents(MailboxGraph graph)
{
    // Statuses that leave the rep free to take a call.
    private static readonly FreeBusyStatus[] NotBusy = [FreeBusyStatus.Free, FreeBusyStatus.WorkingElsewhere];

    public async Task<EnsuredItem?> FindAsync(string mailbox, string stepKey, CancellationToken cancellationToken)
    {
        var found = await graph.Client.Users[mailbox].Events.GetAsync(r =>
        {
            r.QueryParameters.Filter = StepKeyProperty.Filter(stepKey);
            r.QueryParameters.Select = ["id"];
            r.QueryParameters.Top = 1;
        }, cancellationToken);
        return found?.Value?.FirstOrDefault()?.Id is { } id ? new EnsuredItem(id, EnsureOutcome.Found) : null;
    }

    public Task<EnsuredItem> CreateAsync(string mailbox, CallbackEventRequest request, CancellationToken cancellationToken) =>
        request.Session is null
            ? CreateAsync(mailbox, request, day: null, cancellationToken)
            : request.Session.ForDayAsync(request.PlannedDate, day => CreateAsync(mailbox, request, day, cancellationToken), cancellationToken);

    // With the run's day: its busy times are read once, and the slot this callback takes is busy for the next one, as
    // soon as the event exists (an attempt that fails leaves the day as it was).
    private async Task<EnsuredItem> CreateAsync(string mailbox, CallbackEventRequest request, CalendarSession.Day? day, CancellationToken cancellationToken)
    {
        var calendar = new BusinessCalendar(request.Calendar);
        var start = await ChooseStartAsync(mailbox, calendar, request, day, cancellationToken);
        var created = await graph.Client.Users[mailbox].Events.PostAsync(
            new Event
            {
                Subject = request.Content.Subject,
                Body = new ItemBody { ContentType = BodyType.Html, Content = request.Content.HtmlBody },
                Start = InRepZone(start, calendar),
                End = InRepZone(start + request.Duration, calendar),
                Categories = [request.Category],
                IsReminderOn = true,
                ReminderMinutesBeforeStart = request.ReminderMinutesBefore,
                ShowAs = FreeBusyStatus.Busy,
                TransactionId = StepKeyProperty.TransactionIdFor(request.StepKey),
                SingleValueExtendedProperties = [StepKeyProperty.For(request.StepKey)],
            },
            r => r.Options.Add(IdempotentPostOption.Instance),
            cancellationToken);
        var item = new EnsuredItem(created?.Id ?? throw new InvalidOperationException("Graph created an event without an id."), EnsureOutcome.Created);
        day?.Busy?.Add(new BusyInterval(start, start + request.Duration));
        return item;
    }

    /// <summary>The first free slot on the planned day, or the default callback time when the day has none (or is not a working day).</summary>
    private async Task<DateTimeOffset> ChooseStartAsync(
        string mailbox, BusinessCalendar calendar, CallbackEventRequest request, CalendarSession.Day? day, CancellationToken cancellationToken)
    {
        var finder = new FreeSlotFinder(calendar);
        var preferred = finder.DefaultCallbackTime(request.Duration);
        var fallback = calendar.ToUtc(request.PlannedDate, preferred);
        if (!calendar.IsBusinessDay(request.PlannedDate))
        {
            return fallback;
        }

        var busy = day?.Busy
            ?? await BusyAsync(mailbox, calendar.WorkdayStartOn(request.PlannedDate), calendar.WorkdayEndOn(request.PlannedDate), cancellationToken);
        if (day is not null)
        {
            day.Busy = busy;
        }

        return finder.FirstFreeSlot(request.PlannedDate, busy, request.Duration, preferred) ?? fallback;
    }

    private async Task<List<BusyInterval>> BusyAsync(string mailbox, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var busy = new List<BusyInterval>();
        var page = await graph.Client.Users[mailbox].CalendarView.GetAsync(r =>
        {
            r.QueryParameters.StartDateTime = from.UtcDateTime.ToString("o", CultureInfo.InvariantCulture);
            r.QueryParameters.EndDateTime = to.UtcDateTime.ToString("o", CultureInfo.InvariantCulture);
            r.QueryParameters.Select = ["start", "end", "showAs", "isCancelled"];
            r.QueryParameters.Top = 100;
            r.Headers.Add("Prefer", "outlook.timezone=\"UTC\"");
        }, cancellationToken);

        // A working day rarely holds a page of events; following nextLink keeps a packed day correct all the same.
        for (var pages = 0; page is not null && pages < 10; pages++)
        {
            busy.AddRange((page.Value ?? [])
                .Where(e => e.IsCancelled != true && !(e.ShowAs is { } s && NotBusy.Contains(s)))
                .Select(e => new BusyInterval(ToUtc(e.Start), ToUtc(e.End))));
            if (page.OdataNextLink is not { } next)
            {
                break;
            }

            page = await graph.Client.Users[mailbox].CalendarView.WithUrl(next).GetAsync(r => r.Headers.Add("Prefer", "outlook.timezone=\"UTC\""), cancellationToken);
        }

        return busy;
    }

    // Graph's dateTimeTimeZone is a wall-clock time plus the zone it is in; with outlook.timezone="UTC" that is UTC,
    // but the zone it names is honoured whatever it is.
    private static DateTimeOffset ToUtc(DateTimeTimeZone? value)
    {
        var local = DateTime.Parse(value?.DateTime ?? throw new FormatException("A calendar event without start or end."), CultureInfo.InvariantCulture, DateTimeStyles.None);
        var zone = TimeZoneResolver.TryResolve(value.TimeZone, out var resolved) ? resolved : TimeZoneInfo.Utc;
        return LocalTimeConverter.ToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
    }

    // The event is written in the rep's own zone, so Outlook shows it at the planned wall-clock time even if the
    // zone's rules change later; by its Windows name, the form "dateTimeTimeZone resource type" documents (an IANA id
    // from the add-in, such as Asia/Kolkata, is not on Graph's short list of others).
    private static DateTimeTimeZone InRepZone(DateTimeOffset instant, BusinessCalendar calendar) => new()
    {
        DateTime = TimeZoneInfo.ConvertTime(instant, calendar.Zone).DateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        TimeZone = TimeZoneResolver.WindowsIdOf(calendar.Calendar.TimeZoneId)
            ?? throw new ArgumentException($"Time zone '{calendar.Calendar.TimeZoneId}' has no Windows name for an Outlook event.", nameof(calendar)),
    };
}
