using System.Text.Json.Nodes;
using GameScheduler.DiscordEmulator.State;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace GameScheduler.DiscordEmulator.Control;

/// <summary>GET /_emulator/channels/{channel_id}/messages: a channel's messages as the bot last left them, oldest first.</summary>
public static class ChannelsControlApi
{
    public static RouteGroupBuilder MapChannelsControl(this RouteGroupBuilder control)
    {
        control.MapGet("/channels/{channel_id}/messages", GetMessages);
        return control;
    }

    private static Results<Ok<JsonObject[]>, ProblemHttpResult> GetMessages(
        [FromRoute(Name = "channel_id")] string channelId,
        DiscordDirectory directory,
        MessageStore messages,
        MessageViews views) =>
        directory.FindChannel(channelId) is null
            ? ControlProblems.NotFound("channel", channelId)
            : TypedResults.Ok(views.FromAll(messages.ListChannel(channelId)));
}
