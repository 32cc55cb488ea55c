using System.Text.Json;
using System.Text.Json.Serialization;
using GameScheduler.Core.Games;

namespace GameScheduler.Api.Infrastructure;

/// <summary>
/// The wire format of every response and request body: snake_case names, enums as UPPER_SNAKE strings except
/// <see cref="AfterGame"/>, <see cref="RecurrenceFrequency"/> and <see cref="SeriesEditScope"/>, whose contract spells
/// their values in lower case (keep, weekly, this_game).
/// </summary>
public static class ApiJson
{
    private static readonly JsonNamingPolicy EnumNaming = JsonNamingPolicy.SnakeCaseUpper;

    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.Converters.Add(new JsonStringEnumConverter<AfterGame>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<RecurrenceFrequency>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<SeriesEditScope>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter(EnumNaming));
    }

    /// <summary>Reads an enum value written as the wire shows it (IN_PROGRESS), and nothing else: no numbers, no other spelling.</summary>
    public static bool TryParseEnum<TEnum>(string value, out TEnum result) where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (EnumNaming.ConvertName(candidate.ToString()) == value)
            {
                result = candidate;
                return true;
            }
        }

        result = default;
        return false;
    }
}
