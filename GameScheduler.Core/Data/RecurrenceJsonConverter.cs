using System.Text.Json;
using System.Text.Json.Serialization;
using GameScheduler.Core.Games;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GameScheduler.Core.Data;

/// <summary>
/// Stores a <see cref="Recurrence"/> as one jsonb value in the shape the REST contract gives it, so a game's rule is a
/// single column that the SQL written by hand reads and writes like any other.
/// </summary>
internal sealed class RecurrenceJsonConverter() : ValueConverter<Recurrence, string>(
    recurrence => JsonSerializer.Serialize(recurrence, Options),
    json => JsonSerializer.Deserialize<Recurrence>(json, Options)!)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };
}
