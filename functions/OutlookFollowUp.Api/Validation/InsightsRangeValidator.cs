using System.Globalization;

namespace OutlookFollowUp.Api.Validation;

/// <summary>
/// The days a manager's insights cover, both included. Without <c>to</c>, up to today (UTC); without <c>from</c>, from
/// the first day of the month eleven months before <c>to</c>: a year of whole months.
/// </summary>
public static class InsightsRangeValidator
{
    public const int MaxYears = 3;

    public static (ValidationErrors Errors, (DateOnly From, DateOnly To)? Range) Validate(string? from, string? to, DateOnly today)
    {
        var errors = new ValidationErrors();
        var end = Date(errors, "to", to) ?? today;
        var start = Date(errors, "from", from) ?? new DateOnly(end.Year, end.Month, 1).AddMonths(-11);
        if (!errors.IsValid)
        {
            return (errors, null);
        }

        if (start > end)
        {
            errors.Add("from", "Must not be after to.");
        }
        else if (start < end.AddYears(-MaxYears))
        {
            errors.Add("from", $"At most {MaxYears} years before to.");
        }

        return errors.IsValid ? (errors, (start, end)) : (errors, null);
    }

    private static DateOnly? Date(ValidationErrors errors, string field, string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, "A date as yyyy-MM-dd.");
        return null;
    }
}
