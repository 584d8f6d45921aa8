using OutlookFollowUp.Api.Contracts;
using OutlookFollowUp.Core.Composition;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Reasons;
using OutlookFollowUp.Storage.Settings;

namespace OutlookFollowUp.Api.Validation;

/// <summary>
/// Checks <c>PUT /api/admin/templates</c>: known kinds and reasons, each key once, and each template through the
/// composition's <see cref="TemplateRules"/> (sizes, Liquid syntax, the sandbox's limits, a trial render).
/// </summary>
public static class TemplatesValidator
{
    public static (ValidationErrors Errors, IReadOnlyList<(TemplateKey Key, MessageTemplate Template)>? Templates) Validate(IReadOnlyList<TemplateDto?> request)
    {
        var errors = new ValidationErrors();
        if (request.Count > ITenantSettingsStore.MaxTemplates)
        {
            errors.Add("body", $"At most {ITenantSettingsStore.MaxTemplates} templates.");
            return (errors, null);
        }

        var seen = new HashSet<TemplateKey>();
        var templates = new List<(TemplateKey, MessageTemplate)>();
        for (var i = 0; i < request.Count; i++)
        {
            var field = $"[{i}]";
            if (request[i] is not { } dto)
            {
                errors.Add(field, "Required.");
                continue;
            }

            var kind = Rules.Enum<StepKind>(errors, $"{field}.kind", dto.Kind);
            if (dto.ReasonCode is { } code && !ReasonCodes.All.Contains(code, StringComparer.Ordinal))
            {
                errors.Add($"{field}.reasonCode", $"One of {string.Join(", ", ReasonCodes.All)}, or leave it out for the kind's default.");
                continue;
            }

            if (kind is null)
            {
                continue;
            }

            var key = new TemplateKey(kind.Value, dto.ReasonCode);
            if (!seen.Add(key))
            {
                errors.Add($"{field}.kind", $"The template '{key}' is given twice.");
                continue;
            }

            var template = new MessageTemplate(dto.Subject ?? "", dto.HtmlBody ?? "");
            foreach (var (name, messages) in TemplateRules.Validate(key, template))
            {
                foreach (var message in messages)
                {
                    errors.Add($"{field}.{name}", message);
                }
            }

            templates.Add((key, template));
        }

        return (errors, errors.IsValid ? templates : null);
    }
}
