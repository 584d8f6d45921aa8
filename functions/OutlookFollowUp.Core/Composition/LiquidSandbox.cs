using System.Collections.Frozen;
using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.FileProviders;

namespace OutlookFollowUp.Core.Composition;

/// <summary>
/// Runs admin-editable Liquid safely. Templates see only the cleaned variables (no CLR members: nothing is registered
/// with the member access strategy), cannot load files, can use only text filters whose cost stays proportional to
/// their input, and are stopped by a step limit (loops), a size limit on every intermediate value (doubling a string
/// in a loop), a size limit on the output, and <see cref="TemplateAudit"/> (ranges, <c>raw</c>).
/// The parser and options are shared: both are thread-safe once built, and parsing is the expensive part.
/// </summary>
internal static class LiquidSandbox
{
    public const int MaxSteps = 1000;
    public const int MaxRecursion = 10;
    public const int MaxRangeLength = 100;
    public const int MaxValueLength = 4096;
    public const int MaxItems = 1000;

    /// <summary>Text filters a message template may want. Left out: <c>raw</c>, filters that format or hash
    /// (their cost or output size depends on an argument), and ones with no use in an e-mail.</summary>
    public static FrozenSet<string> AllowedFilters { get; } = FrozenSet.Create(StringComparer.Ordinal,
        "append", "capitalize", "default", "downcase", "escape", "escape_once", "first", "join", "last", "lstrip",
        "newline_to_br", "prepend", "remove", "remove_first", "replace", "replace_first", "rstrip", "size", "slice",
        "split", "strip", "strip_html", "strip_newlines", "truncate", "truncatewords", "upcase", "url_encode");

    private static readonly FluidParser Parser = new();

    private static readonly TemplateOptions Lenient = CreateOptions(strictVariables: false);

    // Used when checking an admin's template: a misspelt variable is an error there, not a silently empty value.
    private static readonly TemplateOptions Strict = CreateOptions(strictVariables: true);

    /// <summary>Parses and audits a source; on failure, a one-line reason suitable for an admin.</summary>
    public static bool TryCompile(string source, out IFluidTemplate template, out string error)
    {
        if (!Parser.TryParse(source, out template, out var parseError))
        {
            // Fluid appends the whole source after the position; the first line is what the admin needs.
            error = parseError.Split('\n', 2)[0].Trim();
            return false;
        }

        var problems = TemplateAudit.Problems(template);
        error = problems.Count > 0 ? problems[0] : "";
        return problems.Count == 0;
    }

    /// <exception cref="SandboxLimitException">The template went past a limit or failed at run time.</exception>
    public static string Render(IFluidTemplate template, TemplateVariables variables, TextEncoder encoder, int maxOutput, bool strictVariables = false)
    {
        var context = new TemplateContext(strictVariables ? Strict : Lenient);
        variables.CopyTo(context);
        using var writer = new BoundedWriter(maxOutput);
        try
        {
            // Nothing here is truly asynchronous (no I/O, no async members), so this completes synchronously, as in
            // Fluid's own Render; waiting covers the case where it does not.
            var rendering = template.RenderAsync(writer, encoder, context);
            if (!rendering.IsCompletedSuccessfully)
                rendering.AsTask().GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is FluidException or InvalidOperationException or ArgumentException or FormatException or IOException)
        {
            // Fluid reports an exceeded step limit as an InvalidOperationException about recursion; say what it is.
            throw new SandboxLimitException(
                ex is InvalidOperationException && ex.Message.Contains("recursion", StringComparison.OrdinalIgnoreCase)
                    ? $"The template ran more than {MaxSteps} steps (or nested too deeply); is a loop too long?"
                    : ex.Message);
        }

        return writer.ToString();
    }

    private static TemplateOptions CreateOptions(bool strictVariables)
    {
        var options = new TemplateOptions
        {
            MemberAccessStrategy = new DefaultMemberAccessStrategy(),
            FileProvider = new NullFileProvider(),
            MaxSteps = MaxSteps,
            MaxRecursion = MaxRecursion,
            StrictVariables = strictVariables,
            CultureInfo = CultureInfo.InvariantCulture,
            TimeZone = TimeZoneInfo.Utc,
            Assigned = (_, value, _) => Checked(value),
            Captured = (_, value, _) => Checked(value),
        };

        var builtIn = options.Filters.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        options.Filters.Clear();
        foreach (var name in AllowedFilters)
        {
            var filter = builtIn[name];
            options.Filters.AddFilter(name, async (input, arguments, context) =>
            {
                await Checked(input);
                for (var i = 0; i < arguments.Count; i++)
                    await Checked(arguments.At(i));
                return await Checked(await filter(input, arguments, context));
            });
        }

        return options;
    }

    private static ValueTask<FluidValue> Checked(FluidValue value)
    {
        if (value is StringValue && value.ToStringValue().Length > MaxValueLength)
            throw new SandboxLimitException($"A value grew beyond {MaxValueLength} characters.");
        if (value is ArrayValue array && array.Values.Count > MaxItems)
            throw new SandboxLimitException($"A list grew beyond {MaxItems} items.");
        return ValueTask.FromResult(value);
    }
}
