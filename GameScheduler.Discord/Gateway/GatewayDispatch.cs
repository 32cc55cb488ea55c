using System.Text.Json;

namespace GameScheduler.Discord.Gateway;

/// <summary>A received event (op 0), on its way from the socket to the event handlers.</summary>
internal sealed record GatewayDispatch(string Name, JsonElement Data)
{
    public T Parse<T>() => Data.Deserialize<T>(DiscordJson.Options)
        ?? throw new JsonException($"{Name} carried no data.");
}
