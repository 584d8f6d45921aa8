using System.Text.Json;
using System.Text.Json.Serialization;

namespace OutlookFollowUp.Storage.Tables;

/// <summary>
/// JSON for complex members stored in one property (a mark, a calendar, overrides): Table Storage has no nested
/// types, and these are always read and written whole. Enum names, not numbers, so reordering an enum is safe.
/// </summary>
internal static class StoredJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new ReadOnlySetConverter() },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string? json, string property) =>
        (json is null ? default : JsonSerializer.Deserialize<T>(json, Options))
        ?? throw new InvalidDataException($"Stored property '{property}' is missing or null.");
}
