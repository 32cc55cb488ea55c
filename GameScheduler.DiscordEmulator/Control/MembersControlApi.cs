using GameScheduler.DiscordEmulator.Gateway;
using GameScheduler.DiscordEmulator.Models;
using GameScheduler.DiscordEmulator.State;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace GameScheduler.DiscordEmulator.Control;

/// <summary>
/// Membership changes a person would make in Discord: join, leave, change roles, remove the bot. Each
/// one is dispatched to the bot (GUILD_MEMBER_ADD / REMOVE / UPDATE, GUILD_DELETE).
/// </summary>
public static class MembersControlApi
{
    public static RouteGroupBuilder MapMembersControl(this RouteGroupBuilder control)
    {
        var member = control.MapGroup("/guilds/{guild_id}/members/{user_id}");
        member.MapPost("/add", AddMember);
        member.MapPost("/remove", RemoveMember);
        member.MapPut("/roles", ReplaceRoles);
        control.MapPost("/guilds/{guild_id}/bot/remove", RemoveBot);
        return control;
    }

    private static Results<Ok<GuildMember>, ProblemHttpResult> AddMember(
        [FromRoute(Name = "guild_id")] string guildId,
        [FromRoute(Name = "user_id")] string userId,
        DiscordDirectory directory,
        GatewaySessions gateway)
    {
        if (directory.FindGuild(guildId) is null)
        {
            return ControlProblems.NotFound("guild", guildId);
        }

        if (directory.FindUser(userId) is not { IsBot: false } account)
        {
            return ControlProblems.NotFound("user", userId);
        }

        if (directory.AddMember(guildId, userId) is { } added)
        {
            var member = GuildMember.From(added, account) with { GuildId = guildId };
            gateway.DispatchInGuild(guildId, GatewayEvents.GuildMemberAdd, member);
            return TypedResults.Ok(member);
        }

        return TypedResults.Ok(GuildMember.From(directory.FindMembership(guildId, userId)!, account) with { GuildId = guildId });
    }

    private static Results<NoContent, ProblemHttpResult> RemoveMember(
        [FromRoute(Name = "guild_id")] string guildId,
        [FromRoute(Name = "user_id")] string userId,
        DiscordDirectory directory,
        GatewaySessions gateway)
    {
        if (directory.FindGuild(guildId) is null)
        {
            return ControlProblems.NotFound("guild", guildId);
        }

        if (directory.FindUser(userId) is not { IsBot: false } account)
        {
            return ControlProblems.NotFound("user", userId);
        }

        if (directory.RemoveMember(guildId, userId) is null)
        {
            return ControlProblems.NotFound("member", userId);
        }

        gateway.DispatchInGuild(guildId, GatewayEvents.GuildMemberRemove, new GuildMemberRemoveEvent(guildId, DiscordUser.From(account)));
        return TypedResults.NoContent();
    }

    private static Results<Ok<GuildMember>, ProblemHttpResult, ValidationProblem> ReplaceRoles(
        [FromRoute(Name = "guild_id")] string guildId,
        [FromRoute(Name = "user_id")] string userId,
        ReplaceRolesRequest request,
        DiscordDirectory directory,
        GatewaySessions gateway)
    {
        if (directory.FindGuild(guildId) is not { } guild)
        {
            return ControlProblems.NotFound("guild", guildId);
        }

        var roleIds = request.RoleIds ?? [];
        if (roleIds.FirstOrDefault(roleId => roleId == guild.Id || guild.Roles.All(role => role.Id != roleId)) is { } badRoleId)
        {
            return ControlProblems.Invalid("role_ids", $"Role '{badRoleId}' is not an assignable role of guild {guildId}.");
        }

        if (directory.FindUser(userId) is not { IsBot: false } account || directory.ReplaceRoles(guildId, userId, roleIds) is not { } updated)
        {
            return ControlProblems.NotFound("member", userId);
        }

        var member = GuildMember.From(updated, account) with { GuildId = guildId };
        gateway.DispatchInGuild(guildId, GatewayEvents.GuildMemberUpdate, member);
        return TypedResults.Ok(member);
    }

    /// <summary>Discord tells a removed bot with GUILD_DELETE without <c>unavailable: true</c>, which would mean an outage.</summary>
    private static Results<NoContent, ProblemHttpResult> RemoveBot(
        [FromRoute(Name = "guild_id")] string guildId,
        DiscordDirectory directory,
        GatewaySessions gateway)
    {
        if (directory.FindGuild(guildId) is null)
        {
            return ControlProblems.NotFound("guild", guildId);
        }

        if (directory.RemoveMember(guildId, directory.Bot.Id) is null)
        {
            return ControlProblems.NotFound("member", directory.Bot.Id);
        }

        gateway.Dispatch(GatewayEvents.GuildDelete, new UnavailableGuild(guildId, Unavailable: false));
        return TypedResults.NoContent();
    }

    private sealed record ReplaceRolesRequest(IReadOnlyList<string>? RoleIds);
}
