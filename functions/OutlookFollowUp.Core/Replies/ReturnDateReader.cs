using System.Globalization;
using System.Text.RegularExpressions;

namespace OutlookFollowUp.Core.Replies;

/// <summary>
/// Reads the last day away from an out-of-office text in the common English and German phrasings: a cue ("back on",
/// "returning", "until", "through", "bis zum", "ab dem ... wieder", "from X to Y") followed by a date, a weekday or
/// "tomorrow". "Back on X" means away until the day before X; "until X" means away until X itself.
/// </summary>
/// <remarks>
/// A date without a year is the next occurrence on or after the day the reply came; a bare weekday is the next such
/// day after it. Slashed dates are read day first, as most of our prospects write them, and month first only when
/// that is the one reading that makes sense. Dates before the reply or more than 180 days after
/// it are not return dates (an old signature, a contract date) and are ignored. When the text states several, the
/// latest wins: writing to someone a day early costs more than waiting a day.
/// </remarks>
public static partial class ReturnDateReader
{
    private const int HorizonDays = 180;

    private const string Months =
        "january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|"
        + "november|nov|december|dec|januar|jänner|februar|märz|maerz|mär|mai|juni|juli|oktober|okt|dezember|dez";

    private const string Weekdays =
        "monday|mon|tuesday|tues|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat|sunday|sun|"
        + "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag";

    private static readonly Dictionary<string, int> MonthNumbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1, ["january"] = 1, ["januar"] = 1, ["jänner"] = 1,
        ["feb"] = 2, ["february"] = 2, ["februar"] = 2,
        ["mar"] = 3, ["march"] = 3, ["märz"] = 3, ["maerz"] = 3, ["mär"] = 3,
        ["apr"] = 4, ["april"] = 4,
        ["may"] = 5, ["mai"] = 5,
        ["jun"] = 6, ["june"] = 6, ["juni"] = 6,
        ["jul"] = 7, ["july"] = 7, ["juli"] = 7,
        ["aug"] = 8, ["august"] = 8,
        ["sep"] = 9, ["sept"] = 9, ["september"] = 9,
        ["oct"] = 10, ["october"] = 10, ["okt"] = 10, ["oktober"] = 10,
        ["nov"] = 11, ["november"] = 11,
        ["dec"] = 12, ["december"] = 12, ["dez"] = 12, ["dezember"] = 12,
    };

    private static readonly Dictionary<string, DayOfWeek> WeekdayNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mon"] = DayOfWeek.Monday, ["monday"] = DayOfWeek.Monday, ["montag"] = DayOfWeek.Monday,
        ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday, ["tuesday"] = DayOfWeek.Tuesday, ["dienstag"] = DayOfWeek.Tuesday,
        ["wed"] = DayOfWeek.Wednesday, ["wednesday"] = DayOfWeek.Wednesday, ["mittwoch"] = DayOfWeek.Wednesday,
        ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday, ["thursday"] = DayOfWeek.Thursday,
        ["donnerstag"] = DayOfWeek.Thursday,
        ["fri"] = DayOfWeek.Friday, ["friday"] = DayOfWeek.Friday, ["freitag"] = DayOfWeek.Friday,
        ["sat"] = DayOfWeek.Saturday, ["saturday"] = DayOfWeek.Saturday, ["samstag"] = DayOfWeek.Saturday,
        ["sonnabend"] = DayOfWeek.Saturday,
        ["sun"] = DayOfWeek.Sunday, ["sunday"] = DayOfWeek.Sunday, ["sonntag"] = DayOfWeek.Sunday,
    };

    private enum Meaning
    {
        BackOn,
        Until,
    }

    public static DateOnly? LastDayAway(string text, DateOnly receivedOn)
    {
        ArgumentNullException.ThrowIfNull(text);
        DateOnly? latest = null;
        foreach (Match cue in Cue().Matches(text))
        {
            if (Read(text, cue, receivedOn) is { } day && (latest is null || day > latest))
            {
                latest = day;
            }
        }

        return latest;
    }

    private static DateOnly? Read(string text, Match cue, DateOnly receivedOn)
    {
        var first = DateAt(text, cue.Index + cue.Length);
        if (!first.Success)
        {
            return null;
        }

        if (cue.Groups["from"].Success)
        {
            // "from X to Y": X is when the absence starts; only Y says when it ends.
            var separator = RangeSeparator().Match(text, first.Index + first.Length);
            var end = separator.Success ? DateAt(text, separator.Index + separator.Length) : Match.Empty;
            return end.Success ? LastDay(end, Meaning.Until, receivedOn) : null;
        }

        if (cue.Groups["ab"].Success)
        {
            // "ab dem 12.01. wieder im Büro" is a return; "ab dem 22.12. im Urlaub" is the start of the absence and
            // "am 24.12. nicht im Büro" a single day off.
            return WiederAfter().IsMatch(text, first.Index + first.Length) ? LastDay(first, Meaning.BackOn, receivedOn) : null;
        }

        return LastDay(first, cue.Groups["back"].Success ? Meaning.BackOn : Meaning.Until, receivedOn);
    }

    private static Match DateAt(string text, int at) => at <= text.Length ? StatedDate().Match(text, at) : Match.Empty;

    private static DateOnly? LastDay(Match date, Meaning meaning, DateOnly receivedOn)
    {
        var horizon = receivedOn.AddDays(HorizonDays);
        foreach (var candidate in Readings(date, receivedOn))
        {
            if (candidate >= receivedOn && candidate <= horizon)
            {
                return meaning == Meaning.BackOn ? candidate.AddDays(-1) : candidate;
            }
        }

        return null;
    }

    // Every sensible reading of the matched date, the likeliest first.
    private static IEnumerable<DateOnly> Readings(Match date, DateOnly receivedOn)
    {
        var g = date.Groups;
        if (g["iy"].Success)
        {
            return Valid(Number(g["iy"]), Number(g["im"]), Number(g["id"]));
        }

        if (g["n1"].Success)
        {
            var (first, second) = (Number(g["n1"]), Number(g["n2"]));
            var dayFirst = On(first, second, g["ny"], receivedOn);
            return g["sep"].Value == "/" ? dayFirst.Concat(On(second, first, g["ny"], receivedOn)) : dayFirst;
        }

        if (g["d1"].Success)
        {
            return On(Number(g["d1"]), MonthNumbers[g["m1"].Value], g["y1"], receivedOn);
        }

        if (g["d2"].Success)
        {
            return On(Number(g["d2"]), MonthNumbers[g["m2"].Value], g["y2"], receivedOn);
        }

        if (g["tomorrow"].Success)
        {
            return [receivedOn.AddDays(1)];
        }

        return [Following(WeekdayNames[g["wd"].Value], receivedOn)];
    }

    private static IEnumerable<DateOnly> On(int day, int month, Group year, DateOnly receivedOn)
    {
        if (year.Success)
        {
            var stated = Number(year);
            return Valid(stated < 100 ? 2000 + stated : stated, month, day);
        }

        return Valid(receivedOn.Year, month, day).Where(d => d >= receivedOn)
            .Concat(Valid(receivedOn.Year + 1, month, day))
            .Take(1);
    }

    private static IEnumerable<DateOnly> Valid(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month)
            ? [new DateOnly(year, month, day)]
            : [];

    private static DateOnly Following(DayOfWeek weekday, DateOnly receivedOn)
    {
        var days = ((int)weekday - (int)receivedOn.DayOfWeek + 7) % 7;
        return receivedOn.AddDays(days == 0 ? 7 : days);
    }

    private static int Number(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private const string Dates =
        @"(?:(?<iy>\d{4})-(?<im>\d{1,2})-(?<id>\d{1,2})(?!\d)"
        + @"|(?<n1>\d{1,2})(?<sep>[./-])(?<n2>\d{1,2})(?:\k<sep>(?<ny>\d{4}|\d{2}))?(?!\d)(?!\s*(?:am|pm|uhr|h)\b)"
        + @"|(?<d1>\d{1,2})(?:st|nd|rd|th|\.)?\s*(?:of\s+)?(?<m1>" + Months + @")\b\.?(?:,?\s*(?<y1>\d{4})(?!\d))?"
        + @"|(?<m2>" + Months + @")\b\.?\s*(?<d2>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s*(?<y2>\d{4})(?!\d))?)";

    // What comes before a return date, ending where the date starts.
    [GeneratedRegex(
        @"(?:(?<back>\b(?:back|return(?:ing|s)?)(?:\s+(?:in|at|to)\s+(?:the\s+|my\s+)?(?:office|desk|work))?(?:\s+(?:on|from|by))?"
        + @"|\bagain\s+(?:on|from)|\bzurück\s+(?:am|ab)|\bwieder(?:\s+\p{L}+){0,2}?\s+(?:am|ab))"
        + @"|(?<until>\b(?:until|till?|through|thru)|\bbis(?:\s+(?:zum|einschließlich|einschl\.|inklusive|inkl\.))?)"
        + @"|(?<from>\b(?:from|vom))"
        + @"|(?<ab>\ba[bm]))"
        + @"(?:\s+(?:the|dem|den)\b)?[\s:,]*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cue();

    // A date where the cue ends: a date in one of the usual forms, a weekday (with or without such a date after it),
    // or tomorrow.
    [GeneratedRegex(
        @"\G(?:(?<tomorrow>tomorrow|morgen)\b"
        + @"|(?<wd>" + Weekdays + @")\b\.?(?:,?\s*(?:(?:the|den)\s+)?" + Dates + ")?"
        + "|" + Dates + ")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatedDate();

    [GeneratedRegex(@"\G\.?\s*(?:to|till?|until|through|thru|bis(?:\s+(?:zum|einschließlich))?|-|–|—)\s*(?:(?:the|dem|den)\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangeSeparator();

    [GeneratedRegex(@"\G\.?\s+(?:\p{L}+\s+){0,3}wieder\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WiederAfter();
}
