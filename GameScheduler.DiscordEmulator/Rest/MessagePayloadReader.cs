using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using GameScheduler.DiscordEmulator.Models;

namespace GameScheduler.DiscordEmulator.Rest;

/// <summary>Reads and validates a message body the way Discord does before anything is stored.</summary>
public sealed class MessagePayloadReader(DiscordJson json)
{
    public bool TryRead(JsonNode body, [NotNullWhen(true)] out MessagePayload? payload, [NotNullWhen(false)] out DiscordError? error)
    {
        if (!json.TryRead(body, out payload, out error))
        {
            return false;
        }

        payload = WithExplicitNullsAsCleared(payload, body.AsObject());
        var errors = new FormErrors();
        MessageValidator.Validate(payload, errors);
        if (!errors.IsEmpty)
        {
            error = errors.ToError();
            payload = null;
            return false;
        }

        return true;
    }

    /// <summary>On edits Discord clears a member sent as null, while a member left out stays as it was.</summary>
    private static MessagePayload WithExplicitNullsAsCleared(MessagePayload payload, JsonObject body) => payload with
    {
        Content = IsExplicitNull(body, "content") ? "" : payload.Content,
        Embeds = IsExplicitNull(body, "embeds") ? [] : payload.Embeds,
        Components = IsExplicitNull(body, "components") ? [] : payload.Components,
    };

    private static bool IsExplicitNull(JsonObject body, string member) =>
        body.TryGetPropertyValue(member, out var value) && value is null;
}
