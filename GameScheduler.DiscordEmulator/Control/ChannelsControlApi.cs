using System.Text.Json.Nodes;
using GameScheduler.DiscordEmulator.Gateway;
using GameScheduler.DiscordEmulator.Models;
using GameScheduler.DiscordEmulator.State;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace GameScheduler.DiscordEmulator.Control;

/// <summary>
/// Guild text channels as an administrator edits them (create, rename, change overwrites, delete; each
/// dispatched as CHANNEL_CREATE / UPDATE / DELETE), and a channel's messages as the bot last left them.
/// </summary>
public static class ChannelsControlApi
{
    public static RouteGroupBuilder MapChannelsControl(this RouteGroupBuilder control)
    {
        control.MapPost("/guilds/{guild_id}/channels", CreateChannel);
        control.MapPatch("/channels/{channel_id}", UpdateChannel);
        control.MapDelete("/channels/{channel_id}", DeleteChannel);
        control.MapGet("/channels/{channel_id}/messages", GetMessages);
        return control;
    }

    private static Results<Created<Channel>, ProblemHttpResult, ValidationProblem> CreateChannel(
        [FromRoute(Name = "guild_id")] string guildId,
        ChannelRequest request,
        DiscordDirectory directory,
        GatewaySessions gateway)
    {
        if (directory.FindGuild(guildId) is not { } guild)
        {
            return ControlProblems.NotFound("guild", guildId);
        }

        if (Read(request, guild, directory, nameRequired: true, out var overwrites) is { } invalid)
        {
            return invalid;
        }

        var channel = directory.CreateChannel(guildId, request.Name!, Channel.GuildTextType, overwrites ?? []);
        gateway.DispatchInGuild(guildId, GatewayEvents.ChannelCreate, channel);
        return TypedResults.Created($"/_emulator/channels/{channel.Id}", channel);
    }

    private static Results<Ok<Channel>, ProblemHttpResult, ValidationProblem> UpdateChannel(
        [FromRoute(Name = "channel_id")] string channelId,
        ChannelRequest request,
        DiscordDirectory directory,
        GatewaySessions gateway)
    {
        if (directory.FindChannel(channelId) is not { GuildId: { } guildId } || directory.FindGuild(guildId) is not { } guild)
        {
            return ControlProblems.NotFound("guild channel", channelId);
        }

        if (Read(request, guild, directory, nameRequired: false, out var overwrites) is { } invalid)
        {
            return invalid;
        }

        if (directory.UpdateChannel(channelId, request.Name, overwrites) is not { } channel)
        {
            return ControlProblems.NotFound("guild channel", channelId);
        }

        gateway.DispatchInGuild(guildId, GatewayEvents.ChannelUpdate, channel);
        return TypedResults.Ok(channel);
    }

    private static Results<NoContent, ProblemHttpResult> DeleteChannel(
        [FromRoute(Name = "channel_id")] string channelId,
        DiscordDirectory directory,
        GatewaySessions gateway)
    {
        if (directory.DeleteChannel(channelId) is not { GuildId: { } guildId } channel)
        {
            return ControlProblems.NotFound("guild channel", channelId);
        }

        gateway.DispatchInGuild(guildId, GatewayEvents.ChannelDelete, channel);
        return TypedResults.NoContent();
    }

    private static Results<Ok<JsonObject[]>, ProblemHttpResult> GetMessages(
        [FromRoute(Name = "channel_id")] string channelId,
        DiscordDirectory directory,
        MessageStore messages,
        MessageViews views) =>
        directory.FindChannel(channelId) is null
            ? ControlProblems.NotFound("channel", channelId)
            : TypedResults.Ok(views.FromAll(messages.ListChannel(channelId)));

    /// <summary>The emulator's guild channels are text channels (type 0), as GameScheduler posts in.</summary>
    private static ValidationProblem? Read(
        ChannelRequest request, Guild guild, DiscordDirectory directory, bool nameRequired, out IReadOnlyList<PermissionOverwrite>? overwrites)
    {
        overwrites = null;
        if (request.Type is not (null or Channel.GuildTextType))
        {
            return ControlProblems.Invalid("type", "type must be 0 (GUILD_TEXT).");
        }

        return GuildEditRequests.CheckName(request.Name, nameRequired)
            ?? GuildEditRequests.ReadOverwrites(request.PermissionOverwrites, guild, directory, out overwrites);
    }

    private sealed record ChannelRequest(string? Name, int? Type, IReadOnlyList<OverwriteRequest>? PermissionOverwrites);
}
