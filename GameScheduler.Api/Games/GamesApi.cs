using GameScheduler.Api.Guilds;
using GameScheduler.Api.Infrastructure;
using GameScheduler.Core;
using GameScheduler.Core.Games;
using GameScheduler.Core.Participants;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GameScheduler.Api.Games;

public static class GamesApi
{
    public static IEndpointRouteBuilder MapGamesApi(this IEndpointRouteBuilder app)
    {
        var games = app.MapGroup("/api/v1/games").WithTags("Games").RequireAuthorization();
        games.MapGet("/", ListGamesAsync)
            .WithName("ListGames")
            .WithSummary("List games in the caller's servers, filtered and paged");
        games.MapPost("/", CreateGameAsync)
            .WithName("CreateGame")
            .WithSummary("Create a game");
        games.MapGet("/{gameId:guid}", GetGameAsync)
            .WithName("GetGame")
            .WithSummary("Get a game with its roster");
        games.MapPut("/{gameId:guid}", UpdateGameAsync)
            .WithName("UpdateGame")
            .WithSummary("Edit a game (host or bot manager)");
        games.MapDelete("/{gameId:guid}", CancelGameAsync)
            .WithName("CancelGame")
            .WithSummary("Cancel a game (host or bot manager)");
        games.MapPost("/{gameId:guid}/clone", CloneGameAsync)
            .WithName("CloneGame")
            .WithSummary("Copy a game to a new time, with or without its players (host or bot manager)");
        games.MapPost("/{gameId:guid}/join", JoinGameAsync)
            .RequireRateLimiting(RateLimiting.Participation)
            .WithName("JoinGame")
            .WithSummary("Join a game, confirmed or waitlisted");
        games.MapPost("/{gameId:guid}/leave", LeaveGameAsync)
            .RequireRateLimiting(RateLimiting.Participation)
            .WithName("LeaveGame")
            .WithSummary("Leave a game");
        games.MapGet("/{gameId:guid}/calendar.ics", GetCalendarAsync)
            .WithName("GetGameCalendar")
            .WithSummary("Download a game as an iCalendar file");
        return app;
    }

    public static async Task<Results<Ok<GamePageResponse>, ValidationProblem>> ListGamesAsync(
        [AsParameters] GameListRequest request, HttpContext context, GuildMembership membership, GameQueries games,
        CancellationToken ct)
    {
        if (!request.TryToQuery(out var query, out var errors))
        {
            return TypedResults.ValidationProblem(errors, title: "Some parameters are not valid");
        }

        var result = await games.ListAsync(await membership.CallerAsync(context, ct), query, ct);
        return TypedResults.Ok(new GamePageResponse(
            [.. result.Items.Select(GameResponse.Of)], result.Page, result.PageSize, result.Total));
    }

    public static async Task<Results<Ok<GameResponse>, NotFound>> GetGameAsync(
        Guid gameId, HttpContext context, GuildMembership membership, GameQueries games, CancellationToken ct) =>
        await games.FindAsync(await membership.CallerAsync(context, ct), gameId, ct) is { } game
            ? TypedResults.Ok(GameResponse.Of(game))
            : TypedResults.NotFound();

    public static async Task<Results<Created<GameResponse>, NotFound, ValidationProblem, ProblemHttpResult>> CreateGameAsync(
        GameRequest request, HttpContext context, GuildMembership membership, GuildMemberDirectory members, GameService games,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.GuildId))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["guild_id"] = ["Choose the server the game is for."] });
        }

        var host = request.HostUserId is { } hostUserId
            ? new NamedHost(hostUserId, await members.FindAsync(request.GuildId, hostUserId, ct))
            : null;
        var result = await games.CreateAsync(await membership.CallerAsync(context, ct), request.ToNewGame(request.GuildId) with { Host = host }, ct);
        return result switch
        {
            GameSaved saved => TypedResults.Created($"/api/v1/games/{saved.Game.Id}", GameResponse.Of(saved.Game)),
            ValidationFailed invalid => CommandProblems.Invalid(invalid),
            Forbidden forbidden => CommandProblems.Forbidden(forbidden),
            Refused refused => CommandProblems.Refusal(refused),
            ResourceNotFound => TypedResults.NotFound(),
            var unmapped => throw CommandProblems.Unmapped(unmapped),
        };
    }

    public static async Task<Results<Ok<GameResponse>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateGameAsync(
        Guid gameId, GameRequest request, HttpContext context, GuildMembership membership, GameService games, CancellationToken ct) =>
        await games.UpdateAsync(await membership.CallerAsync(context, ct), gameId, request.ToEdit(), ct) switch
        {
            GameSaved saved => TypedResults.Ok(GameResponse.Of(saved.Game)),
            ValidationFailed invalid => CommandProblems.Invalid(invalid),
            Refused refused => CommandProblems.Refusal(refused),
            Forbidden forbidden => CommandProblems.Forbidden(forbidden),
            ResourceNotFound => TypedResults.NotFound(),
            var unmapped => throw CommandProblems.Unmapped(unmapped),
        };

    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> CancelGameAsync(
        Guid gameId, HttpContext context, GuildMembership membership, GameService games, CancellationToken ct) =>
        await games.CancelAsync(await membership.CallerAsync(context, ct), gameId, ct) switch
        {
            GameSaved => TypedResults.NoContent(),
            Refused refused => CommandProblems.Refusal(refused),
            ResourceNotFound => TypedResults.NotFound(),
            var unmapped => throw CommandProblems.Unmapped(unmapped),
        };

    public static async Task<Results<Created<GameResponse>, NotFound, ValidationProblem, ProblemHttpResult>> CloneGameAsync(
        Guid gameId, CloneGameRequest request, HttpContext context, GuildMembership membership, GameService games, CancellationToken ct) =>
        await games.CloneAsync(await membership.CallerAsync(context, ct), gameId, request.ToClone(), ct) switch
        {
            GameSaved saved => TypedResults.Created($"/api/v1/games/{saved.Game.Id}", GameResponse.Of(saved.Game)),
            ValidationFailed invalid => CommandProblems.Invalid(invalid),
            Forbidden forbidden => CommandProblems.Forbidden(forbidden),
            ResourceNotFound => TypedResults.NotFound(),
            var unmapped => throw CommandProblems.Unmapped(unmapped),
        };

    public static async Task<Results<Ok<GameResponse>, NotFound, ProblemHttpResult>> JoinGameAsync(
        Guid gameId, HttpContext context, GuildMembership membership, ParticipationService participation, CancellationToken ct) =>
        await participation.JoinAsync(await membership.CallerAsync(context, ct), gameId, ct) switch
        {
            Joined joined => TypedResults.Ok(GameResponse.Of(joined.Game)),
            Waitlisted waitlisted => TypedResults.Ok(GameResponse.Of(waitlisted.Game)),
            AlreadyJoined already => TypedResults.Ok(GameResponse.Of(already.Game)),
            Forbidden forbidden => CommandProblems.Forbidden(forbidden),
            Refused refused => CommandProblems.Refusal(refused),
            ResourceNotFound => TypedResults.NotFound(),
            var unmapped => throw CommandProblems.Unmapped(unmapped),
        };

    public static async Task<Results<Ok<GameResponse>, NotFound, ProblemHttpResult>> LeaveGameAsync(
        Guid gameId, HttpContext context, GuildMembership membership, ParticipationService participation, CancellationToken ct) =>
        await participation.LeaveAsync(await membership.CallerAsync(context, ct), gameId, ct) switch
        {
            Left left => TypedResults.Ok(GameResponse.Of(left.Game)),
            NotParticipant notIn => TypedResults.Ok(GameResponse.Of(notIn.Game)),
            Refused refused => CommandProblems.Refusal(refused),
            ResourceNotFound => TypedResults.NotFound(),
            var unmapped => throw CommandProblems.Unmapped(unmapped),
        };

    public static async Task<Results<FileContentHttpResult, NotFound>> GetCalendarAsync(
        Guid gameId, HttpContext context, GuildMembership membership, GameQueries games, CancellationToken ct) =>
        await games.FindAsync(await membership.CallerAsync(context, ct), gameId, ct) is { } game
            ? TypedResults.File(GameCalendar.ToIcs(game), "text/calendar", $"game-{game.Id}.ics")
            : TypedResults.NotFound();
}
