using Fluid;
using Fluid.Values;
using OutlookFollowUp.Core.Content;

namespace OutlookFollowUp.Core.Composition;

/// <summary>
/// The variables a template sees. Only strings, booleans and lists of strings go in, each cleaned and capped here,
/// so no CLR object (and none of its members) is ever reachable from a template, and a new model field cannot skip
/// the cleaning by accident.
/// </summary>
internal sealed class TemplateVariables
{
    private readonly Dictionary<string, FluidValue> _values = new(StringComparer.Ordinal);

    public TemplateVariables Text(string name, string? value, int maxLength)
    {
        _values[name] = new StringValue(TextCleaner.ForBody(value, maxLength));
        return this;
    }

    /// <summary>A link for an href: the escaped absolute form of a safe http(s) link, or empty so templates can test for it.</summary>
    public TemplateVariables Link(string name, Uri? link)
    {
        _values[name] = new StringValue(WebLink.IsSafe(link) ? link.AbsoluteUri : "");
        return this;
    }

    public TemplateVariables Flag(string name, bool value)
    {
        _values[name] = value ? BooleanValue.True : BooleanValue.False;
        return this;
    }

    public TemplateVariables List(string name, IEnumerable<string>? items, int maxItems, int maxLength)
    {
        var cleaned = (items ?? [])
            .Select(item => TextCleaner.ForBody(item, maxLength))
            .Where(item => item.Length > 0)
            .Take(maxItems)
            .Select(FluidValue (item) => new StringValue(item))
            .ToList();
        _values[name] = new ArrayValue(cleaned);
        return this;
    }

    public void CopyTo(TemplateContext context)
    {
        foreach (var (name, value) in _values)
            context.SetValue(name, value);
    }
}
