using System.Security.Claims;
using System.Text.Json.Nodes;
using GameScheduler.DiscordEmulator.Models;
using GameScheduler.DiscordEmulator.State;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace GameScheduler.DiscordEmulator.Rest;

/// <summary>/users/@me and /users/@me/guilds (bot token or OAuth bearer), DM channels and user lookup (bot).</summary>
public static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/users");
        users.MapGet("/@me", GetCurrentUser).RequireAuthorization(DiscordAuthentication.IdentifyPolicy);
        users.MapGet("/@me/guilds", GetCurrentUserGuilds).RequireAuthorization(DiscordAuthentication.GuildsPolicy);
        users.MapPost("/@me/channels", OpenDirectMessage).RequireAuthorization(DiscordAuthentication.BotPolicy);
        users.MapGet("/{user_id}", GetUser).RequireAuthorization(DiscordAuthentication.BotPolicy);
        return api;
    }

    private static Results<Ok<DiscordUser>, DiscordError> GetCurrentUser(ClaimsPrincipal caller, DiscordDirectory directory) =>
        directory.FindUser(caller.DiscordUserId()) is { } account ? TypedResults.Ok(DiscordUser.From(account)) : DiscordError.UnknownUser;

    private static Ok<PartialGuild[]> GetCurrentUserGuilds(ClaimsPrincipal caller, DiscordDirectory directory)
    {
        var userId = caller.DiscordUserId();
        var guilds = directory.GuildIdsOf(userId)
            .Select(guildId => (Guild: directory.FindGuild(guildId)!, Membership: directory.FindMembership(guildId, userId)))
            .Where(entry => entry.Membership is not null)
            .Select(entry => new PartialGuild(
                entry.Guild.Id,
                entry.Guild.Name,
                Icon: null,
                Banner: null,
                Owner: entry.Guild.OwnerId == userId,
                Permissions.Format(Permissions.Of(entry.Guild, entry.Membership!)),
                Features: []))
            .ToArray();
        return TypedResults.Ok(guilds);
    }

    private static Results<Ok<Channel>, DiscordError> OpenDirectMessage(JsonNode body, DiscordJson json, DiscordDirectory directory)
    {
        if (!json.TryRead<DirectMessageRequest>(body, out var request, out var error))
        {
            return error;
        }

        if (string.IsNullOrEmpty(request.RecipientId))
        {
            var errors = new FormErrors();
            errors.Required("recipient_id", request.RecipientId);
            return errors.ToError();
        }

        return directory.FindUser(request.RecipientId) is { IsBot: false } recipient
            ? TypedResults.Ok(directory.OpenDirectMessage(recipient))
            : DiscordError.UnknownUser;
    }

    private static Results<Ok<DiscordUser>, DiscordError> GetUser([FromRoute(Name = "user_id")] string userId, DiscordDirectory directory) =>
        directory.FindUser(userId) is { } account ? TypedResults.Ok(DiscordUser.From(account)) : DiscordError.UnknownUser;

    private sealed record DirectMessageRequest(string? RecipientId);
}
