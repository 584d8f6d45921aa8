using System.Net.Mail;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Api.Validation;

/// <summary>The field rules every validator uses: one method per rule, each naming the field on failure.</summary>
public static class Rules
{
    public const string UnknownTimeZone = "Unknown time zone, or one Outlook calendars cannot name (use an IANA or Windows id, such as Europe/Paris).";

    /// <summary>An optional single-line string: at most <paramref name="max"/> characters, no control characters.</summary>
    public static void Optional(ValidationErrors errors, string field, string? value, int max, bool multiline = false)
    {
        if (value is null)
        {
            return;
        }

        if (value.Length > max)
        {
            errors.Add(field, $"At most {max} characters.");
        }
        else if (value.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t')))
        {
            errors.Add(field, "Control characters are not allowed.");
        }
    }

    /// <summary>
    /// An opaque id from Outlook or Graph: printable ASCII without spaces (so '/', '+', '=' and '#' are fine — ids are
    /// never put into keys or URLs raw), at most <paramref name="max"/> characters.
    /// </summary>
    public static void OpaqueId(ValidationErrors errors, string field, string? value, int max, bool required = true)
    {
        if (string.IsNullOrEmpty(value))
        {
            if (required)
            {
                errors.Add(field, "Required.");
            }

            return;
        }

        if (value.Length > max)
        {
            errors.Add(field, $"At most {max} characters.");
        }
        else if (!value.All(c => c is > ' ' and <= '~'))
        {
            errors.Add(field, "Only printable ASCII characters without spaces are allowed.");
        }
    }

    /// <summary>A bare e-mail address (no display name, no comments), as <see cref="MailAddress"/> parses it.</summary>
    public static void Email(ValidationErrors errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "Required.");
            return;
        }

        if (value.Length > Limits.Email)
        {
            errors.Add(field, $"At most {Limits.Email} characters.");
            return;
        }

        if (!IsBareEmail(value))
        {
            errors.Add(field, "Not a valid e-mail address (a bare address such as name@example.com).");
        }
    }

    public static bool IsBareEmail(string value)
    {
        if (value.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return false;
        }

        try
        {
            var address = new MailAddress(value);
            return address.DisplayName.Length == 0
                && string.Equals(address.Address, value, StringComparison.Ordinal)
                && address.Host.Contains('.', StringComparison.Ordinal)
                && address.User.Length <= 64;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>A list of short tags: at most <paramref name="maxCount"/>, each non-blank, single-line, at most <see cref="Limits.TagLength"/>.</summary>
    public static void Tags(ValidationErrors errors, string field, IReadOnlyList<string?>? tags, int maxCount = Limits.TagsPerList)
    {
        if (tags is null)
        {
            return;
        }

        if (tags.Count > maxCount)
        {
            errors.Add(field, $"At most {maxCount} tags.");
            return;
        }

        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            if (string.IsNullOrWhiteSpace(tag))
            {
                errors.Add($"{field}[{i}]", "A tag cannot be empty.");
            }
            else
            {
                Optional(errors, $"{field}[{i}]", tag, Limits.TagLength);
            }
        }
    }

    /// <summary>An IANA ("Europe/Paris") or Windows ("Romance Standard Time") time-zone id this machine can resolve and that has a Windows name.</summary>
    public static TimeZoneInfo? TimeZone(ValidationErrors errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "Required.");
            return null;
        }

        if (value.Length > Limits.TimeZoneId || value.Any(char.IsControl))
        {
            errors.Add(field, $"At most {Limits.TimeZoneId} printable characters.");
            return null;
        }

        // Callbacks go into Outlook calendars, which name zones the Windows way: a zone without a Windows name
        // (Antarctica/Troll has none) could never be booked.
        if (TimeZoneResolver.TryResolve(value, out var zone) && TimeZoneResolver.WindowsIdOf(value) is not null)
        {
            return zone;
        }

        errors.Add(field, UnknownTimeZone);
        return null;
    }

    /// <summary>A date that is not before <paramref name="today"/> and not more than <paramref name="yearsAhead"/> years after it.</summary>
    public static void FutureDate(ValidationErrors errors, string field, DateOnly? value, DateOnly today, int yearsAhead)
    {
        if (value is not { } date)
        {
            return;
        }

        if (date < today)
        {
            errors.Add(field, "Cannot be in the past.");
        }
        else if (date > today.AddYears(yearsAhead))
        {
            errors.Add(field, $"At most {yearsAhead} years ahead.");
        }
    }

    /// <summary>A kebab-case enum value (<c>cold-call</c>).</summary>
    public static TEnum? Enum<TEnum>(ValidationErrors errors, string field, string? value, bool required = true) where TEnum : struct, System.Enum
    {
        if (value is null)
        {
            if (required)
            {
                errors.Add(field, $"Required: one of {string.Join(", ", Http.ApiJson.Names<TEnum>())}.");
            }

            return null;
        }

        if (Http.ApiJson.TryParse<TEnum>(value, out var parsed))
        {
            return parsed;
        }

        errors.Add(field, $"One of {string.Join(", ", Http.ApiJson.Names<TEnum>())}.");
        return null;
    }
}
