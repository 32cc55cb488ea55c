using GameScheduler.DiscordEmulator.Models;
using GameScheduler.DiscordEmulator.State;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GameScheduler.DiscordEmulator.Control;

/// <summary>GET /_emulator/state: the guilds, channels (with overwrites), roles, users and application the emulator knows.</summary>
public static class StateControlApi
{
    public static RouteGroupBuilder MapStateControl(this RouteGroupBuilder control)
    {
        control.MapGet("/state", GetState);
        return control;
    }

    private static Ok<EmulatorStateView> GetState(DiscordDirectory directory)
    {
        var guilds = directory.Guilds.Select(guild => new GuildView(
            guild.Id,
            guild.Name,
            guild.OwnerId,
            [.. guild.Channels.Select(channel => new ChannelView(channel.Id, channel.Name ?? "", channel.Type, channel.PermissionOverwrites ?? []))],
            [.. guild.Roles.Select(role => new RoleView(role.Id, role.Name, role.Permissions))],
            directory.MembersOf(guild.Id).Count));
        var users = directory.People().Select(account => UserView.Of(account, directory));
        return TypedResults.Ok(new EmulatorStateView(
            [.. guilds],
            [.. users],
            new ApplicationView(directory.Bot.Id, directory.Bot.Id)));
    }

    private sealed record EmulatorStateView(IReadOnlyList<GuildView> Guilds, IReadOnlyList<UserView> Users, ApplicationView Application);

    private sealed record GuildView(
        string Id,
        string Name,
        string OwnerId,
        IReadOnlyList<ChannelView> Channels,
        IReadOnlyList<RoleView> Roles,
        int MemberCount);

    private sealed record ChannelView(string Id, string Name, int Type, IReadOnlyList<PermissionOverwrite> PermissionOverwrites);

    private sealed record RoleView(string Id, string Name, string Permissions);

    private sealed record ApplicationView(string Id, string BotUserId);
}
