using System.Collections.Immutable;
using OutlookFollowUp.Core.Planning;

namespace OutlookFollowUp.Core.Composition;

/// <summary>
/// A tenant's templates: one per step kind, plus optional per-reason variants. Immutable; admin edits produce a new
/// set with <see cref="With"/>. Every kind always has a default, so <see cref="Resolve"/> always finds a template.
/// Sources are checked by <see cref="TemplateRules"/> (for the API) and compiled by <see cref="MessageComposer"/>.
/// </summary>
public sealed record TemplateSet
{
    private readonly ImmutableDictionary<TemplateKey, MessageTemplate> _templates;

    private TemplateSet(ImmutableDictionary<TemplateKey, MessageTemplate> templates) => _templates = templates;

    /// <summary>The product's own templates, with variants where a reason calls for a different message.</summary>
    public static TemplateSet Default { get; } = new(DefaultTemplates.All.ToImmutableDictionary());

    public IReadOnlyDictionary<TemplateKey, MessageTemplate> Templates => _templates;

    /// <summary>Adds or replaces one template (an admin's edit).</summary>
    public TemplateSet With(TemplateKey key, MessageTemplate template) => new(_templates.SetItem(key, template));

    /// <summary>
    /// Removes an admin's edit: a reason variant disappears (the kind default applies again); a kind default goes back
    /// to the product's own, because a kind can never be left without a template.
    /// </summary>
    public TemplateSet Without(TemplateKey key) =>
        key.IsKindDefault
            ? new(_templates.SetItem(key, DefaultTemplates.All[key]))
            : new(_templates.Remove(key));

    /// <summary>The variant for the reason when there is one, else the kind's default; with the key actually used.</summary>
    public (TemplateKey Key, MessageTemplate Template) Resolve(StepKind kind, string reasonCode)
    {
        var variant = new TemplateKey(kind, reasonCode);
        if (_templates.TryGetValue(variant, out var template))
            return (variant, template);

        var kindDefault = new TemplateKey(kind);
        return (kindDefault, _templates[kindDefault]);
    }
}
