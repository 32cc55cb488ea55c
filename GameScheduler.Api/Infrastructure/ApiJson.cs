using System.Text.Json;
using System.Text.Json.Serialization;

namespace GameScheduler.Api.Infrastructure;

/// <summary>The wire format of every response and request body: snake_case names, enums as UPPER_SNAKE strings.</summary>
public static class ApiJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper));
    }
}
