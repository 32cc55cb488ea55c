using GameScheduler.DiscordEmulator.Gateway;
using GameScheduler.DiscordEmulator.Models;
using GameScheduler.DiscordEmulator.State;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace GameScheduler.DiscordEmulator.Control;

/// <summary>A guild's roles as an administrator edits them, each change dispatched as GUILD_ROLE_CREATE / UPDATE / DELETE.</summary>
public static class RolesControlApi
{
    private const string DefaultRoleName = "new role";

    public static RouteGroupBuilder MapRolesControl(this RouteGroupBuilder control)
    {
        var roles = control.MapGroup("/guilds/{guild_id}/roles");
        roles.MapPost("", CreateRole);
        roles.MapPatch("/{role_id}", UpdateRole);
        roles.MapDelete("/{role_id}", DeleteRole);
        return control;
    }

    /// <summary>As in Discord, the name defaults to "new role" and the permissions to @everyone's.</summary>
    private static Results<Created<Role>, ProblemHttpResult, ValidationProblem> CreateRole(
        [FromRoute(Name = "guild_id")] string guildId,
        RoleRequest request,
        DiscordDirectory directory,
        GatewaySessions gateway)
    {
        if (directory.FindGuild(guildId) is not { } guild)
        {
            return ControlProblems.NotFound("guild", guildId);
        }

        if (Read(request, out var permissions) is { } invalid)
        {
            return invalid;
        }

        var everyone = guild.Roles.Single(role => role.Id == guild.Id);
        var role = directory.CreateRole(guildId, request.Name ?? DefaultRoleName, permissions ?? everyone.Permissions);
        gateway.DispatchInGuild(guildId, GatewayEvents.GuildRoleCreate, new GuildRoleEvent(guildId, role));
        return TypedResults.Created($"/_emulator/guilds/{guildId}/roles/{role.Id}", role);
    }

    private static Results<Ok<Role>, ProblemHttpResult, ValidationProblem> UpdateRole(
        [FromRoute(Name = "guild_id")] string guildId,
        [FromRoute(Name = "role_id")] string roleId,
        RoleRequest request,
        DiscordDirectory directory,
        GatewaySessions gateway)
    {
        if (directory.FindGuild(guildId) is null)
        {
            return ControlProblems.NotFound("guild", guildId);
        }

        if (Read(request, out var permissions) is { } invalid)
        {
            return invalid;
        }

        if (directory.UpdateRole(guildId, roleId, request.Name, permissions) is not { } role)
        {
            return ControlProblems.NotFound("role", roleId);
        }

        gateway.DispatchInGuild(guildId, GatewayEvents.GuildRoleUpdate, new GuildRoleEvent(guildId, role));
        return TypedResults.Ok(role);
    }

    private static Results<NoContent, ProblemHttpResult, ValidationProblem> DeleteRole(
        [FromRoute(Name = "guild_id")] string guildId,
        [FromRoute(Name = "role_id")] string roleId,
        DiscordDirectory directory,
        GatewaySessions gateway)
    {
        if (directory.FindGuild(guildId) is null)
        {
            return ControlProblems.NotFound("guild", guildId);
        }

        if (roleId == guildId)
        {
            return ControlProblems.Invalid("role_id", "The @everyone role cannot be deleted.");
        }

        if (!directory.DeleteRole(guildId, roleId))
        {
            return ControlProblems.NotFound("role", roleId);
        }

        gateway.DispatchInGuild(guildId, GatewayEvents.GuildRoleDelete, new GuildRoleDeleteEvent(guildId, roleId));
        return TypedResults.NoContent();
    }

    private static ValidationProblem? Read(RoleRequest request, out string? permissions)
    {
        permissions = null;
        return GuildEditRequests.CheckName(request.Name, required: false)
            ?? GuildEditRequests.ReadBits("permissions", request.Permissions, out permissions);
    }

    private sealed record RoleRequest(string? Name, string? Permissions);
}
