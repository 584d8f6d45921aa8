using System.Globalization;
using System.Text.RegularExpressions;
using OutlookFollowUp.GraphSandbox.State;

namespace OutlookFollowUp.GraphSandbox.Api;

/// <summary>
/// The slice of OData $filter the product uses, joined by <c>and</c>:
/// <c>singleValueExtendedProperties/Any(ep: ep/id eq '…' and ep/value eq '…')</c>,
/// <c>name eq 'text'</c>, <c>name eq true|false</c>, and <c>name ge|gt|le|lt 2025-01-01T00:00:00Z</c>.
/// Anything else is rejected with 400, as Graph rejects filters it cannot run, so a client never gets a silently
/// unfiltered list.
/// </summary>
internal sealed partial class ODataFilter
{
    private readonly List<Func<ISandboxItem, bool>> clauses;

    private ODataFilter(List<Func<ISandboxItem, bool>> clauses) => this.clauses = clauses;

    public static ODataFilter All { get; } = new([]);

    public bool Matches(ISandboxItem item) => clauses.TrueForAll(c => c(item));

    /// <exception cref="FormatException">The filter uses something outside the supported slice.</exception>
    public static ODataFilter Parse(string? filter)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            return All;
        }

        return new ODataFilter([.. SplitOnAnd(filter).Select(ParseClause)]);
    }

    private static Func<ISandboxItem, bool> ParseClause(string clause)
    {
        var any = AnyPattern().Match(clause);
        if (any.Success)
        {
            return ParseExtendedPropertyAny(any.Groups["var"].Value, any.Groups["body"].Value);
        }

        var comparison = ComparisonPattern().Match(clause);
        if (!comparison.Success)
        {
            throw new FormatException($"Unsupported filter clause: {clause}");
        }

        var name = comparison.Groups["name"].Value;
        var op = comparison.Groups["op"].Value.ToUpperInvariant();
        var literal = comparison.Groups["value"].Value.Trim();
        if (TryStringLiteral(literal, out var text))
        {
            return op switch
            {
                "EQ" => item => item.StringProperty(name) == text,
                "NE" => item => item.StringProperty(name) != text,
                _ => throw new FormatException($"Unsupported operator for text: {op}"),
            };
        }

        if (bool.TryParse(literal, out var flag))
        {
            return op switch
            {
                "EQ" => item => item.BoolProperty(name) == flag,
                "NE" => item => item.BoolProperty(name) != flag,
                _ => throw new FormatException($"Unsupported operator for a boolean: {op}"),
            };
        }

        if (DateTimeOffset.TryParse(literal, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return op switch
            {
                "GE" => item => item.DateProperty(name) >= instant,
                "GT" => item => item.DateProperty(name) > instant,
                "LE" => item => item.DateProperty(name) <= instant,
                "LT" => item => item.DateProperty(name) < instant,
                "EQ" => item => item.DateProperty(name) == instant,
                _ => throw new FormatException($"Unsupported operator for a date: {op}"),
            };
        }

        throw new FormatException($"Unsupported literal: {literal}");
    }

    private static Func<ISandboxItem, bool> ParseExtendedPropertyAny(string variable, string body)
    {
        string? id = null;
        string? value = null;
        foreach (var part in SplitOnAnd(body))
        {
            var comparison = ComparisonPattern().Match(part);
            if (!comparison.Success || !comparison.Groups["op"].Value.Equals("eq", StringComparison.OrdinalIgnoreCase)
                || !TryStringLiteral(comparison.Groups["value"].Value.Trim(), out var literal))
            {
                throw new FormatException($"Unsupported extended property condition: {part}");
            }

            var name = comparison.Groups["name"].Value;
            if (name.Equals($"{variable}/id", StringComparison.OrdinalIgnoreCase))
            {
                id = literal;
            }
            else if (name.Equals($"{variable}/value", StringComparison.OrdinalIgnoreCase))
            {
                value = literal;
            }
            else
            {
                throw new FormatException($"Unsupported extended property condition: {part}");
            }
        }

        if (id is null)
        {
            throw new FormatException("An extended property filter needs the property id.");
        }

        return value is null
            ? item => item.ExtendedProperty(id) is not null
            : item => item.ExtendedProperty(id) == value;
    }

    // OData strings are single-quoted with '' standing for one quote.
    private static bool TryStringLiteral(string literal, out string text)
    {
        text = "";
        if (literal.Length < 2 || literal[0] != '\'' || literal[^1] != '\'')
        {
            return false;
        }

        text = literal[1..^1].Replace("''", "'", StringComparison.Ordinal);
        return true;
    }

    // Splits on " and " outside quotes and parentheses.
    private static List<string> SplitOnAnd(string filter)
    {
        var parts = new List<string>();
        var depth = 0;
        var quoted = false;
        var start = 0;
        for (var i = 0; i < filter.Length; i++)
        {
            var c = filter[i];
            if (c == '\'')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '(')
            {
                depth++;
            }
            else if (!quoted && c == ')')
            {
                depth--;
            }
            else if (!quoted && depth == 0 && string.Compare(filter, i, " and ", 0, 5, StringComparison.OrdinalIgnoreCase) == 0)
            {
                parts.Add(filter[start..i].Trim());
                start = i + 5;
                i += 4;
            }
        }

        if (quoted || depth != 0)
        {
            throw new FormatException("Unbalanced quotes or parentheses in $filter.");
        }

        parts.Add(filter[start..].Trim());
        return parts;
    }

    [GeneratedRegex(@"^singleValueExtendedProperties/any\(\s*(?<var>\w+)\s*:\s*(?<body>.*)\)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AnyPattern();

    [GeneratedRegex(@"^(?<name>[\w/]+)\s+(?<op>eq|ne|ge|gt|le|lt)\s+(?<value>.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ComparisonPattern();
}
