using OutlookFollowUp.Api.Contracts;
using OutlookFollowUp.Core.Reasons;

namespace OutlookFollowUp.Api.Validation;

/// <summary>Checks <c>PUT /api/admin/reasons</c>: known codes, each at most once, sane windows and cadences.</summary>
public static class ReasonOverridesValidator
{
    public static (ValidationErrors Errors, IReadOnlyList<ReasonOverride>? Overrides) Validate(IReadOnlyList<ReasonOverrideDto?> request)
    {
        var errors = new ValidationErrors();
        if (request.Count > ReasonCodes.All.Count)
        {
            errors.Add("body", $"At most {ReasonCodes.All.Count} overrides, one per reason.");
            return (errors, null);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var overrides = new List<ReasonOverride>();
        for (var i = 0; i < request.Count; i++)
        {
            var field = $"[{i}]";
            var dto = request[i];
            if (dto is null)
            {
                errors.Add(field, "Required.");
                continue;
            }

            if (dto.Code is null || !ReasonCodes.All.Contains(dto.Code))
            {
                errors.Add($"{field}.code", $"One of {string.Join(", ", ReasonCodes.All)}.");
            }
            else if (!seen.Add(dto.Code))
            {
                errors.Add($"{field}.code", "Each reason may be overridden once.");
            }

            Rules.Optional(errors, $"{field}.label", dto.Label, Limits.ReasonLabel);
            Rules.Optional(errors, $"{field}.hint", dto.Hint, Limits.ReasonHint);
            Rules.Optional(errors, $"{field}.suggestedOpening", dto.SuggestedOpening, Limits.ReasonOpening, multiline: true);
            if (dto.Label is { } label && string.IsNullOrWhiteSpace(label))
            {
                errors.Add($"{field}.label", "Cannot be blank; leave it out to keep the default.");
            }

            var window = Window(errors, $"{field}.callbackWindow", dto.CallbackWindow);
            FollowUpDays(errors, $"{field}.followUpDays", dto.FollowUpDays);

            if (errors.IsValid)
            {
                overrides.Add(new ReasonOverride(dto.Code!, dto.Label, dto.Hint, window, dto.FollowUpDays, dto.SuggestedOpening, dto.ThankYouByDefault));
            }
        }

        return (errors, errors.IsValid ? overrides : null);
    }

    private static CallbackWindow? Window(ValidationErrors errors, string field, CallbackWindowDto? dto)
    {
        if (dto is null)
        {
            return null;
        }

        var anchor = dto.Anchor is null ? CallbackAnchor.AfterMark : Rules.Enum<CallbackAnchor>(errors, $"{field}.anchor", dto.Anchor);
        if (dto.FromDays is not { } from || dto.ToDays is not { } to)
        {
            errors.Add(dto.FromDays is null ? $"{field}.fromDays" : $"{field}.toDays", "Required.");
            return null;
        }

        var min = anchor == CallbackAnchor.AfterMark ? 1 : -Limits.CallbackWindowMaxDays;
        if (from < min || from > Limits.CallbackWindowMaxDays)
        {
            errors.Add($"{field}.fromDays", $"From {min} to {Limits.CallbackWindowMaxDays}.");
        }
        else if (to < from || to > Limits.CallbackWindowMaxDays)
        {
            errors.Add($"{field}.toDays", $"From fromDays to {Limits.CallbackWindowMaxDays}.");
        }

        return anchor is { } a ? new CallbackWindow(from, to, a) : null;
    }

    private static void FollowUpDays(ValidationErrors errors, string field, IReadOnlyList<int>? days)
    {
        if (days is null)
        {
            return;
        }

        if (days.Count > Limits.FollowUpsPerReason)
        {
            errors.Add(field, $"At most {Limits.FollowUpsPerReason} follow-ups.");
            return;
        }

        for (var i = 0; i < days.Count; i++)
        {
            if (days[i] < 1 || days[i] > Limits.CallbackWindowMaxDays || (i > 0 && days[i] <= days[i - 1]))
            {
                errors.Add($"{field}[{i}]", $"Days after the mark, ascending, from 1 to {Limits.CallbackWindowMaxDays}.");
            }
        }
    }
}
