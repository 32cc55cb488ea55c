using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace GameScheduler.DiscordEmulator.Rest;

/// <summary>
/// The emulator's JSON conventions (snake_case, Discord shapes) and typed reading of request bodies.
/// REST handlers bind bodies as <see cref="JsonNode"/> first, so malformed JSON is a 50109 while a
/// value of the wrong type is a 50035 naming the field, as in Discord.
/// </summary>
public sealed class DiscordJson(IOptions<JsonOptions> json)
{
    public JsonSerializerOptions Options => json.Value.SerializerOptions;

    public bool TryRead<T>(JsonNode body, [NotNullWhen(true)] out T? payload, [NotNullWhen(false)] out DiscordError? error)
        where T : class
    {
        try
        {
            payload = body.Deserialize<T>(Options);
        }
        catch (JsonException exception)
        {
            payload = null;
            error = WrongType(exception.Path);
            return false;
        }

        if (payload is null)
        {
            error = WrongType(jsonPath: null);
            return false;
        }

        error = null;
        return true;
    }

    private static DiscordError WrongType(string? jsonPath)
    {
        var errors = new FormErrors();
        errors.Add(ToDottedPath(jsonPath), "MODEL_TYPE_CONVERT", "Value has the wrong type.");
        return errors.ToError();
    }

    /// <summary>"$.embeds[0].title" becomes "embeds.0.title".</summary>
    private static string ToDottedPath(string? jsonPath) =>
        (jsonPath ?? "$").TrimStart('$').Replace("[", ".", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal)
            .Replace("'", "", StringComparison.Ordinal).Trim('.');
}
