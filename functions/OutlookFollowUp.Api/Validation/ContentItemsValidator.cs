using OutlookFollowUp.Api.Contracts;
using OutlookFollowUp.Core.Content;

namespace OutlookFollowUp.Api.Validation;

/// <summary>
/// Checks an uploaded library: the wire shape here (kind names, links), the item rules in
/// <see cref="ContentItemRules"/> (ids, lengths, tags, duplicates). Errors are named by each item's prefix
/// (<c>[3].url</c> for JSON, <c>line 4.url</c> for CSV).
/// </summary>
public static class ContentItemsValidator
{
    public static (ValidationErrors Errors, IReadOnlyList<ContentItem>? Items) Validate(IReadOnlyList<(string Field, ContentItemDto? Item)> upload)
    {
        var errors = new ValidationErrors();
        if (upload.Count > ContentItemRules.MaxLibrarySize)
        {
            errors.Add("body", $"A library holds at most {ContentItemRules.MaxLibrarySize} items.");
            return (errors, null);
        }

        var items = new List<ContentItem>();
        // Each item's own name in the upload, by position in items (a missing item has none).
        var fields = new List<string>();
        foreach (var (field, dto) in upload)
        {
            if (dto is null)
            {
                errors.Add(field, "Required.");
                continue;
            }

            var kind = dto.Kind is null ? ContentKind.Article : Rules.Enum<ContentKind>(errors, $"{field}.kind", dto.Kind);
            var url = WebLink.TryParse(dto.Url);
            if (url is null)
            {
                errors.Add($"{field}.url", $"An absolute http or https link of at most {WebLink.MaxLength} characters, without a user name.");
            }

            if (dto.Tags?.Any(t => t is null) == true)
            {
                errors.Add($"{field}.tags", "A tag cannot be null.");
            }

            fields.Add(field);
            items.Add(new ContentItem
            {
                Id = dto.Id?.Trim() ?? "",
                Title = dto.Title?.Trim() ?? "",
                Url = url ?? new Uri("https://invalid.example/"),
                Summary = dto.Summary?.Trim() ?? "",
                Kind = kind ?? ContentKind.Article,
                Tags = [.. (dto.Tags ?? []).OfType<string>()],
                AboutProduct = dto.AboutProduct,
            });
        }

        foreach (var (field, messages) in ContentItemRules.Validate(items, i => fields[i]))
        {
            // A link this method already refused was replaced by a placeholder: one error for it is enough.
            if (field.EndsWith(".url", StringComparison.Ordinal) && errors.Fields.Contains(field))
            {
                continue;
            }

            foreach (var message in messages)
            {
                errors.Add(field, message);
            }
        }

        return (errors, errors.IsValid ? items : null);
    }
}
