using System.Text.Encodings.Web;
using Fluid;
using OutlookFollowUp.Core.Reasons;

namespace OutlookFollowUp.Core.Composition;

/// <summary>
/// Checks an admin's template before it is stored: known kind and reason, sizes, Liquid syntax, what the sandbox
/// allows, and a trial render against a sample model (which also catches misspelt variables). Errors are keyed by
/// field (<c>kind</c>, <c>reasonCode</c>, <c>subject</c>, <c>htmlBody</c>) for the API's 400 response.
/// </summary>
public static class TemplateRules
{
    public const int MaxSubjectSourceLength = 1000;
    public const int MaxBodySourceLength = 50_000;

    public static IReadOnlyDictionary<string, string[]> Validate(TemplateKey key, MessageTemplate template)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!Enum.IsDefined(key.Kind))
        {
            errors["kind"] = ["Unknown step kind."];
            return errors;
        }

        if (key.ReasonCode is { } code && !ReasonCodes.All.Contains(code, StringComparer.Ordinal))
            errors["reasonCode"] = [$"Unknown reason code '{code}'."];

        var sample = SampleModels.For(key);
        Check(errors, "subject", template.Subject, MaxSubjectSourceLength, sample, NullEncoder.Default);
        Check(errors, "htmlBody", template.HtmlBody, MaxBodySourceLength, sample, HtmlEncoder.Default);
        return errors;
    }

    private static void Check(
        Dictionary<string, string[]> errors, string field, string? source, int maxLength, MessageModel sample, TextEncoder encoder)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            errors[field] = ["A template is required."];
            return;
        }

        if (source.Length > maxLength)
        {
            errors[field] = [$"A template has at most {maxLength} characters."];
            return;
        }

        if (!LiquidSandbox.TryCompile(source, out var template, out var error))
        {
            errors[field] = [error];
            return;
        }

        var variables = new TemplateVariables();
        sample.Describe(variables);
        try
        {
            LiquidSandbox.Render(template, variables, encoder, MessageComposer.MaxBodyLength, strictVariables: true);
        }
        catch (SandboxLimitException ex)
        {
            errors[field] = [ex.Message];
        }
    }
}
