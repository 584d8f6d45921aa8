using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OutlookFollowUp.Api.Contracts;
using OutlookFollowUp.Api.Csv;
using OutlookFollowUp.Api.Http;

namespace OutlookFollowUp.Api.Admin;

/// <summary>
/// A content-library upload, JSON (<c>application/json</c>, an array of <see cref="ContentItemDto"/>) or CSV
/// (<c>text/csv</c>, a header row and one item per row), up to <see cref="ApiOptions.MaxContentUploadBytes"/>. Each
/// item carries the prefix its errors are reported under: <c>[3]</c> for JSON, <c>line 4</c> for CSV.
/// </summary>
public sealed class ContentUpload
{
    private static readonly string[] MediaTypes = ["application/json", "text/csv"];
    private static readonly string[] Columns = ["id", "title", "url", "summary", "kind", "tags", "aboutproduct"];

    private ContentUpload(IReadOnlyList<(string Field, ContentItemDto? Item)>? items, ProblemHttpResult? problem)
    {
        Items = items;
        Problem = problem;
    }

    public IReadOnlyList<(string Field, ContentItemDto? Item)>? Items { get; }

    public ProblemHttpResult? Problem { get; }

    public static async ValueTask<ContentUpload?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        var api = context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value;
        var (bytes, mediaType, problem) = await BodyReader.ReadAsync(context.Request, api.MaxContentUploadBytes, MediaTypes);
        if (problem is not null)
        {
            return new(null, problem);
        }

        if (string.Equals(mediaType, "text/csv", StringComparison.OrdinalIgnoreCase))
        {
            return FromCsv(Encoding.UTF8.GetString(bytes!));
        }

        var json = context.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value;
        var body = JsonBody<ContentItemDto?[]>.Deserialize(bytes, json.SerializerOptions);
        return body.Problem is { } invalid
            ? new(null, invalid)
            : new([.. body.Value!.Select((item, i) => ($"[{i}]", item))], null);
    }

    public static ContentUpload FromCsv(string text)
    {
        IReadOnlyList<CsvParser.Row> rows;
        try
        {
            rows = CsvParser.Parse(text);
        }
        catch (CsvParser.CsvFormatException e)
        {
            return new(null, Problems.Invalid($"line {e.Line}", e.Message));
        }

        if (rows.Count == 0)
        {
            return new(null, Problems.Invalid("line 1", "A header row is required: id,title,url,summary,kind,tags,aboutProduct."));
        }

        var header = rows[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var unknown = header.FirstOrDefault(h => !Columns.Contains(h));
        if (unknown is not null || !header.Contains("id") || !header.Contains("title") || !header.Contains("url") || header.Distinct().Count() != header.Count)
        {
            return new(null, Problems.Invalid("line 1",
                $"The header names each of id, title and url once, and may add summary, kind, tags and aboutProduct{(unknown is null ? "" : $"; '{unknown}' is not a column")}."));
        }

        var items = new List<(string, ContentItemDto?)>();
        foreach (var row in rows.Skip(1))
        {
            var field = $"line {row.Line}";
            if (row.Fields.Count != header.Count)
            {
                return new(null, Problems.Invalid(field, $"Expected {header.Count} fields, found {row.Fields.Count}."));
            }

            string? Cell(string column) => header.IndexOf(column) is var i and >= 0 ? row.Fields[i] : null;
            var aboutProduct = Cell("aboutproduct")?.Trim();
            if (aboutProduct is { Length: > 0 } && !bool.TryParse(aboutProduct, out _))
            {
                return new(null, Problems.Invalid($"{field}.aboutProduct", "true or false."));
            }

            items.Add((field, new ContentItemDto(
                Cell("id"),
                Cell("title"),
                Cell("url"),
                Cell("summary"),
                Cell("kind") is { Length: > 0 } kind ? kind.Trim() : null,
                Cell("tags")?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                aboutProduct is { Length: > 0 } && bool.Parse(aboutProduct))));
        }

        return new(items, null);
    }
}
