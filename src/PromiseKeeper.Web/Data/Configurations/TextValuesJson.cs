using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PromiseKeeper.Domain;

namespace PromiseKeeper.Web.Data.Configurations;

/// <summary>
/// Stores <see cref="TextValues"/> as a jsonb array of <c>{"name", "kind", "value"}</c> objects, the kind by its name
/// (so a reordered enumeration cannot change what a stored value means).
/// </summary>
internal static class TextValuesJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    public static ValueConverter<TextValues?, string> Converter { get; } = new(v => Write(v!), json => Read(json));

    public static string Write(TextValues values) => JsonSerializer.Serialize<IEnumerable<TextValue>>(values, Options);

    public static TextValues Read(string json) => new(JsonSerializer.Deserialize<TextValue[]>(json, Options) ?? []);
}
