using System.Globalization;
using GameScheduler.DiscordEmulator.Models;
using GameScheduler.DiscordEmulator.State;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace GameScheduler.DiscordEmulator.Rest;

/// <summary>/guilds/{guild_id}/members, /channels and /roles for the bot, in the guilds it is in.</summary>
public static class GuildsApi
{
    private const int MaxMembersPerPage = 1000;

    public static RouteGroupBuilder MapGuildsApi(this RouteGroupBuilder api)
    {
        var guild = api.MapGroup("/guilds/{guild_id}").RequireAuthorization(DiscordAuthentication.BotPolicy);
        guild.MapGet("/members/{user_id}", GetMember);
        guild.MapGet("/members", ListMembers);
        guild.MapGet("/channels", ListChannels);
        guild.MapGet("/roles", ListRoles);
        return api;
    }

    private static Results<Ok<GuildMember>, DiscordError> GetMember(
        [FromRoute(Name = "guild_id")] string guildId,
        [FromRoute(Name = "user_id")] string userId,
        DiscordDirectory directory)
    {
        if (BotAccess.ToGuild(directory, guildId) is { } refused)
        {
            return refused;
        }

        if (directory.FindUser(userId) is not { } account)
        {
            return DiscordError.UnknownUser;
        }

        return directory.FindMembership(guildId, userId) is { } membership
            ? TypedResults.Ok(GuildMember.From(membership, account))
            : DiscordError.UnknownMember;
    }

    /// <summary>Members in user id order after <c>after</c>, <c>limit</c> 1-1000 (default 1), as Discord pages them.</summary>
    private static Results<Ok<GuildMember[]>, DiscordError> ListMembers(
        [FromRoute(Name = "guild_id")] string guildId,
        [FromQuery] int? limit,
        [FromQuery] string? after,
        DiscordDirectory directory)
    {
        if (BotAccess.ToGuild(directory, guildId) is { } refused)
        {
            return refused;
        }

        var errors = new FormErrors();
        if (limit is < 1 or > MaxMembersPerPage)
        {
            errors.Add("limit", "NUMBER_TYPE_MAX", $"int value should be between 1 and {MaxMembersPerPage}.");
        }

        ulong afterId = 0;
        if (after is not null && !ulong.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out afterId))
        {
            errors.Add("after", "NUMBER_TYPE_COERCE", $"Value \"{after}\" is not snowflake.");
        }

        if (!errors.IsEmpty)
        {
            return errors.ToError();
        }

        var page = directory.MembersOf(guildId)
            .Where(membership => ulong.Parse(membership.UserId, CultureInfo.InvariantCulture) > afterId)
            .Take(limit ?? 1)
            .Select(membership => GuildMember.From(membership, directory.FindUser(membership.UserId)!))
            .ToArray();
        return TypedResults.Ok(page);
    }

    private static Results<Ok<IReadOnlyList<Channel>>, DiscordError> ListChannels([FromRoute(Name = "guild_id")] string guildId, DiscordDirectory directory) =>
        BotAccess.ToGuild(directory, guildId) is { } refused ? refused : TypedResults.Ok<IReadOnlyList<Channel>>(directory.FindGuild(guildId)!.Channels);

    private static Results<Ok<IReadOnlyList<Role>>, DiscordError> ListRoles([FromRoute(Name = "guild_id")] string guildId, DiscordDirectory directory) =>
        BotAccess.ToGuild(directory, guildId) is { } refused ? refused : TypedResults.Ok<IReadOnlyList<Role>>(directory.FindGuild(guildId)!.Roles);
}
