using System.Text.Json;
using OutlookFollowUp.Core.Composition;

namespace OutlookFollowUp.Api.Admin;

/// <summary>
/// How a tenant's templates sit in <c>TenantSettings.Templates</c> (a string → string map): the key is
/// <see cref="TemplateKey"/>'s text (<c>follow-up</c>, <c>follow-up/price</c>), the value a small JSON object with
/// <c>subject</c> and <c>htmlBody</c>. Whoever builds a <see cref="TemplateSet"/> from the settings (the composition
/// at run time) reads them back with <see cref="TryDecode"/>.
/// </summary>
public static class TemplateCodec
{
    private sealed record Stored(string Subject, string HtmlBody);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static KeyValuePair<string, string> Encode(TemplateKey key, MessageTemplate template) =>
        new(key.ToString(), JsonSerializer.Serialize(new Stored(template.Subject, template.HtmlBody), Json));

    public static bool TryDecode(string key, string value, out TemplateKey templateKey, out MessageTemplate template)
    {
        template = null!;
        if (!TemplateKey.TryParse(key, out templateKey))
        {
            return false;
        }

        try
        {
            if (JsonSerializer.Deserialize<Stored>(value, Json) is not { } stored)
            {
                return false;
            }

            template = new MessageTemplate(stored.Subject, stored.HtmlBody);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The tenant's templates applied over the product's own.</summary>
    public static TemplateSet ToTemplateSet(IReadOnlyDictionary<string, string> stored)
    {
        var set = TemplateSet.Default;
        foreach (var (key, value) in stored)
        {
            if (TryDecode(key, value, out var templateKey, out var template))
            {
                set = set.With(templateKey, template);
            }
        }

        return set;
    }
}
