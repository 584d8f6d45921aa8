using OutlookFollowUp.Api.Contracts;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Reasons;
using OutlookFollowUp.Core.Scheduling;
using OutlookFollowUp.Storage.Plans;

namespace OutlookFollowUp.Api.Validation;

/// <summary>A valid mark, in domain terms.</summary>
public sealed record MarkNoCommand(ThreadRef Thread, NoMark Mark, RepCalendar Calendar);

/// <summary>Checks a <see cref="MarkNoRequest"/> field by field; every error names the field's JSON path.</summary>
public static class MarkNoValidator
{
    public static (ValidationErrors Errors, MarkNoCommand? Command) Validate(MarkNoRequest request, ReasonCatalog catalog, DateTimeOffset now)
    {
        var errors = new ValidationErrors();

        Rules.OpaqueId(errors, "conversationId", request.ConversationId, Limits.OutlookId);
        Rules.OpaqueId(errors, "itemId", request.ItemId, Limits.OutlookId);
        Rules.OpaqueId(errors, "internetMessageId", request.InternetMessageId, Limits.InternetMessageId, required: false);
        Rules.Optional(errors, "subject", request.Subject, Limits.Subject);

        if (request.Prospect is null)
        {
            errors.Add("prospect", "Required.");
        }
        else
        {
            Rules.Email(errors, "prospect.email", request.Prospect.Email);
            Rules.Optional(errors, "prospect.name", request.Prospect.Name, Limits.PersonName);
            Rules.Optional(errors, "prospect.company", request.Prospect.Company, Limits.Company);
        }

        if (string.IsNullOrEmpty(request.Reason))
        {
            errors.Add("reason", $"Required: one of {string.Join(", ", catalog.Reasons.Select(r => r.Code))}.");
        }
        else if (!catalog.Contains(request.Reason))
        {
            errors.Add("reason", $"One of {string.Join(", ", catalog.Reasons.Select(r => r.Code))}.");
        }

        var stage = Rules.Enum<SalesStage>(errors, "stage", request.Stage);
        Rules.Optional(errors, "prospectWords", request.ProspectWords, Limits.ProspectWords, multiline: true);

        Rules.Tags(errors, "tags.goals", request.Tags?.Goals);
        Rules.Tags(errors, "tags.challenges", request.Tags?.Challenges);
        Rules.Tags(errors, "tags.interests", request.Tags?.Interests);

        Rules.Optional(errors, "debrief.note", request.Debrief?.Note, Limits.DebriefNote, multiline: true);

        var zone = Rules.TimeZone(errors, "timeZone", request.TimeZone);

        // "Today" is the rep's today: a date the prospect named is a local date in the rep's calendar.
        var today = LocalTimeConverter.DateOf(now, zone ?? TimeZoneInfo.Utc);
        if (request.CallbackDate is { } callbackDate && callbackDate <= today)
        {
            errors.Add("callbackDate", "Must be after today.");
        }
        else
        {
            Rules.FutureDate(errors, "callbackDate", request.CallbackDate, today, Limits.CallbackYearsAhead);
        }

        Rules.FutureDate(errors, "contractEndsOn", request.ContractEndsOn, today, Limits.ContractYearsAhead);

        var workDays = WorkDays(errors, request.WorkingHours);
        var start = request.WorkingHours?.Start ?? new TimeOnly(9, 0);
        var end = request.WorkingHours?.End ?? new TimeOnly(17, 0);
        if (end <= start)
        {
            errors.Add("workingHours.end", "Must be after the start.");
        }

        if (!errors.IsValid)
        {
            return (errors, null);
        }

        var thread = new ThreadRef(request.ConversationId!, request.ItemId!, request.InternetMessageId, Blank(request.Subject));
        var mark = new NoMark(
            request.Reason!,
            new Prospect(request.Prospect!.Email!, Blank(request.Prospect.Name), Blank(request.Prospect.Company)),
            stage!.Value,
            Blank(request.ProspectWords),
            new ProspectTags(Clean(request.Tags?.Goals), Clean(request.Tags?.Challenges), Clean(request.Tags?.Interests)),
            request.CallbackAgreed,
            request.CallbackDate,
            request.ContractEndsOn,
            request.ThankYou,
            request.Debrief is { } d
                ? new SelfDebrief(d.ProposedBeforeExploringNeeds, d.AskedMoreThanPitched, d.MatchedTheirPace, d.WasQualifiedOpportunity, d.LeftTheDoorOpen, Blank(d.Note))
                : null);
        var calendar = new RepCalendar(request.TimeZone!, start, end, workDays);
        return (errors, new MarkNoCommand(thread, mark, calendar));
    }

    private static HashSet<DayOfWeek> WorkDays(ValidationErrors errors, WorkingHoursDto? hours)
    {
        if (hours?.Days is null)
        {
            return [.. RepCalendar.MondayToFriday];
        }

        if (hours.Days.Count is 0 or > 7)
        {
            errors.Add("workingHours.days", "Between one and seven days.");
            return [];
        }

        var days = new HashSet<DayOfWeek>();
        for (var i = 0; i < hours.Days.Count; i++)
        {
            var name = hours.Days[i];
            var day = Enum.GetValues<DayOfWeek>().Where(d => string.Equals(d.ToString(), name, StringComparison.OrdinalIgnoreCase)).Cast<DayOfWeek?>().FirstOrDefault();
            if (day is null)
            {
                errors.Add($"workingHours.days[{i}]", "A day name such as monday.");
            }
            else
            {
                days.Add(day.Value);
            }
        }

        return days;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string[] Clean(IReadOnlyList<string?>? tags) =>
        tags is null ? [] : [.. tags.Select(t => t!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
}
