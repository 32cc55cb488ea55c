using System.Text.Json;
using System.Text.Json.Serialization;

namespace GameScheduler.Discord;

/// <summary>
/// Discord's wire format: snake_case names, numbers for enums, absent rather than null for fields left out of an edit,
/// and unknown fields ignored so that Discord adding a field never breaks a client.
/// </summary>
public static class DiscordJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
