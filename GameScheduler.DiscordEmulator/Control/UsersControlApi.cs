using System.Text.Json.Nodes;
using GameScheduler.DiscordEmulator.Gateway;
using GameScheduler.DiscordEmulator.Models;
using GameScheduler.DiscordEmulator.OAuth;
using GameScheduler.DiscordEmulator.State;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace GameScheduler.DiscordEmulator.Control;

/// <summary>
/// POST /_emulator/users creates a user in some guilds; GET /_emulator/users/{user_id}/dms reads what the bot sent them;
/// POST /_emulator/users/{user_id}/revoke-tokens deauthorizes the app for them.
/// </summary>
public static class UsersControlApi
{
    public static RouteGroupBuilder MapUsersControl(this RouteGroupBuilder control)
    {
        control.MapPost("/users", CreateUser);
        control.MapGet("/users/{user_id}/dms", GetDirectMessages);
        control.MapPost("/users/{user_id}/revoke-tokens", RevokeTokens);
        return control;
    }

    private static Results<Created<UserView>, ProblemHttpResult, ValidationProblem> CreateUser(
        CreateUserRequest request,
        DiscordDirectory directory,
        GatewaySessions gateway)
    {
        if (request.Username is not { Length: >= 2 and <= 32 })
        {
            return ControlProblems.Invalid("username", "A username of 2 to 32 characters is required.");
        }

        var guildIds = request.GuildIds ?? [];
        if (guildIds.FirstOrDefault(guildId => directory.FindGuild(guildId) is null) is { } unknownGuildId)
        {
            return ControlProblems.NotFound("guild", unknownGuildId);
        }

        var account = directory.CreateUser(request.Username, request.DmsClosed);
        foreach (var guildId in guildIds.Distinct())
        {
            var membership = directory.AddMember(guildId, account.Id)!;
            gateway.DispatchInGuild(guildId, GatewayEvents.GuildMemberAdd, GuildMember.From(membership, account) with { GuildId = guildId });
        }

        return TypedResults.Created($"/_emulator/users/{account.Id}", UserView.Of(account, directory));
    }

    private static Results<Ok<JsonObject[]>, ProblemHttpResult> GetDirectMessages(
        [FromRoute(Name = "user_id")] string userId,
        DiscordDirectory directory,
        MessageStore messages,
        MessageViews views)
    {
        if (directory.FindUser(userId) is null)
        {
            return ControlProblems.NotFound("user", userId);
        }

        var channel = directory.FindDirectMessageChannel(userId);
        return TypedResults.Ok(channel is null ? [] : views.FromAll(messages.ListChannel(channel.Id)));
    }

    private static Results<NoContent, ProblemHttpResult> RevokeTokens(
        [FromRoute(Name = "user_id")] string userId,
        DiscordDirectory directory,
        OAuthGrants grants)
    {
        if (directory.FindUser(userId) is null)
        {
            return ControlProblems.NotFound("user", userId);
        }

        grants.RevokeUser(userId);
        return TypedResults.NoContent();
    }

    private sealed record CreateUserRequest(string? Username, IReadOnlyList<string>? GuildIds, bool DmsClosed);
}
