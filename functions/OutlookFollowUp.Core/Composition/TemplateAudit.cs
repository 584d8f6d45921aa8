using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace OutlookFollowUp.Core.Composition;

/// <summary>
/// Reads a parsed template and lists what the sandbox does not allow, before it is ever rendered:
/// filters outside <see cref="LiquidSandbox.AllowedFilters"/> (notably <c>raw</c>, which would output a user's text
/// unencoded), ranges that are not small literals (Fluid allocates a range before looping over it, so
/// <c>(1..2000000000)</c> exhausts memory before the step limit can stop it), and tags that load other templates.
/// </summary>
internal sealed class TemplateAudit : AstVisitor
{
    private readonly List<string> _problems = [];

    public static IReadOnlyList<string> Problems(IFluidTemplate template)
    {
        var audit = new TemplateAudit();
        audit.VisitTemplate(template);
        return audit._problems;
    }

    protected override Expression VisitFilterExpression(FilterExpression filterExpression)
    {
        if (filterExpression.Name == "raw")
            _problems.Add("The 'raw' filter is not allowed: values are always HTML-encoded.");
        else if (!LiquidSandbox.AllowedFilters.Contains(filterExpression.Name))
            _problems.Add($"The '{filterExpression.Name}' filter is not available.");
        return base.VisitFilterExpression(filterExpression);
    }

    protected override Expression VisitRangeExpression(RangeExpression rangeExpression)
    {
        if (Literal(rangeExpression.From) is not { } from || Literal(rangeExpression.To) is not { } to
            || Math.Abs(to - from) >= LiquidSandbox.MaxRangeLength)
        {
            _problems.Add($"A range must use two numbers at most {LiquidSandbox.MaxRangeLength} apart, such as (1..10).");
        }

        return base.VisitRangeExpression(rangeExpression);
    }

    protected override Statement VisitIncludeStatement(IncludeStatement includeStatement) =>
        Refuse("include", base.VisitIncludeStatement(includeStatement));

    protected override Statement VisitRenderStatement(RenderStatement renderStatement) =>
        Refuse("render", base.VisitRenderStatement(renderStatement));

    protected override Statement VisitFromStatement(FromStatement fromStatement) =>
        Refuse("from", base.VisitFromStatement(fromStatement));

    protected override Statement VisitMacroStatement(MacroStatement macroStatement) =>
        Refuse("macro", base.VisitMacroStatement(macroStatement));

    private Statement Refuse(string tag, Statement statement)
    {
        _problems.Add($"The '{tag}' tag is not available: a template stands on its own.");
        return statement;
    }

    private static decimal? Literal(Expression expression) =>
        expression is LiteralExpression { Value: NumberValue number } ? number.ToNumberValue() : null;
}
