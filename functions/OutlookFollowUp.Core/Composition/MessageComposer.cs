using System.Collections.Frozen;
using System.Text.Encodings.Web;
using Fluid;

namespace OutlookFollowUp.Core.Composition;

/// <summary>
/// Renders thank-you notes, follow-ups and callback events from a <see cref="TemplateSet"/>. Every template of the
/// set is parsed once, here, so a bad template fails when the set is loaded rather than when a step runs, and
/// rendering only fills in values. Thread-safe: build one per template set and share it.
/// </summary>
public sealed class MessageComposer
{
    /// <summary>Far above any real message, far below what would trouble Graph or a mail client.</summary>
    public const int MaxBodyLength = 256 * 1024;

    // A subject is cut to 255 characters after rendering; this only bounds the work before that.
    private const int MaxSubjectRenderLength = 8 * 1024;

    private readonly FrozenDictionary<TemplateKey, (IFluidTemplate Subject, IFluidTemplate Body)> _compiled;

    /// <exception cref="TemplateException">A template in the set does not parse or uses what the sandbox forbids.</exception>
    public MessageComposer(TemplateSet templates)
    {
        Templates = templates;
        _compiled = templates.Templates.ToFrozenDictionary(
            t => t.Key,
            t => (Compile(t.Key, "subject", t.Value.Subject), Compile(t.Key, "body", t.Value.HtmlBody)));
    }

    public static MessageComposer Default { get; } = new(TemplateSet.Default);

    public TemplateSet Templates { get; }

    /// <summary>Renders the message for a model, using the reason's variant when the set has one.</summary>
    /// <exception cref="TemplateException">The template went past a sandbox limit while rendering.</exception>
    public ComposedMessage Compose(MessageModel model)
    {
        var (key, _) = Templates.Resolve(model.Kind, model.ReasonCode);
        var (subject, body) = _compiled[key];
        var variables = new TemplateVariables();
        model.Describe(variables);

        try
        {
            return new ComposedMessage(
                TextCleaner.ForSubject(LiquidSandbox.Render(subject, variables, NullEncoder.Default, MaxSubjectRenderLength)),
                LiquidSandbox.Render(body, variables, HtmlEncoder.Default, MaxBodyLength).Trim());
        }
        catch (SandboxLimitException ex)
        {
            throw new TemplateException($"Template '{key}' could not be rendered: {ex.Message}", ex);
        }
    }

    private static IFluidTemplate Compile(TemplateKey key, string part, string source) =>
        LiquidSandbox.TryCompile(source, out var template, out var error)
            ? template
            : throw new TemplateException($"Template '{key}' {part}: {error}");
}
