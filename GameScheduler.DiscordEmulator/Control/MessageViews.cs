using System.Text.Json;
using System.Text.Json.Nodes;
using GameScheduler.DiscordEmulator.Rest;
using GameScheduler.DiscordEmulator.State;

namespace GameScheduler.DiscordEmulator.Control;

/// <summary>
/// A Discord message object as the control API shows it: plus "edit_count", how often the bot edited it, and
/// "allowed_mentions", as the bot last sent them (null when it sent none).
/// </summary>
public sealed class MessageViews(DiscordJson json)
{
    public JsonObject From(StoredMessage stored)
    {
        var view = JsonSerializer.SerializeToNode(stored.Message, json.Options)!.AsObject();
        view["edit_count"] = stored.EditCount;
        view["allowed_mentions"] = JsonSerializer.SerializeToNode(stored.AllowedMentions, json.Options);
        return view;
    }

    public JsonObject[] FromAll(IEnumerable<StoredMessage> messages) => [.. messages.Select(From)];
}
