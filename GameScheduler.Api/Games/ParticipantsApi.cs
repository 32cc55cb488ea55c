using GameScheduler.Api.Guilds;
using GameScheduler.Api.Infrastructure;
using GameScheduler.Core;
using GameScheduler.Core.Games;
using GameScheduler.Core.Participants;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GameScheduler.Api.Games;

/// <summary>The host's roster tools: add a member or a placeholder, remove a participant, put the roster in order.</summary>
public static class ParticipantsApi
{
    public static IEndpointRouteBuilder MapParticipantsApi(this IEndpointRouteBuilder app)
    {
        var participants = app.MapGroup("/api/v1/games/{gameId:guid}/participants").WithTags("Participants").RequireAuthorization();
        participants.MapPost("/", AddParticipantAsync)
            .WithName("AddParticipant")
            .WithSummary("Add a member or a placeholder to a game's roster (host or bot manager)");
        participants.MapDelete("/{participantId:guid}", RemoveParticipantAsync)
            .WithName("RemoveParticipant")
            .WithSummary("Take a participant off a game's roster (host or bot manager)");
        participants.MapPut("/order", ReorderParticipantsAsync)
            .WithName("ReorderParticipants")
            .WithSummary("Put a game's whole roster in order, confirmed players first (host or bot manager)");
        return app;
    }

    public static async Task<Results<Created<ParticipantView>, NotFound, ValidationProblem, ProblemHttpResult>> AddParticipantAsync(
        Guid gameId, AddParticipantRequest request, HttpContext context, GuildMembership membership, RosterManagementService roster,
        CancellationToken ct)
    {
        if (request.ToNewParticipant() is not { } newParticipant)
        {
            return CommandProblems.Invalid(AddParticipantRequest.EitherFieldRequired);
        }

        return await roster.AddAsync(await membership.CallerAsync(context, ct), gameId, newParticipant, ct) switch
        {
            ParticipantAdded added => TypedResults.Created((string?)null, added.Participant),
            AlreadyOnRoster => TypedResults.Problem(
                title: "Already on the roster", detail: "This member is on the game's roster already.", statusCode: StatusCodes.Status409Conflict),
            ValidationFailed invalid => CommandProblems.Invalid(invalid),
            Forbidden forbidden => CommandProblems.Forbidden(forbidden),
            Refused refused => CommandProblems.Refusal(refused),
            ResourceNotFound => TypedResults.NotFound(),
            var unmapped => throw CommandProblems.Unmapped(unmapped),
        };
    }

    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> RemoveParticipantAsync(
        Guid gameId, Guid participantId, HttpContext context, GuildMembership membership, RosterManagementService roster,
        CancellationToken ct) =>
        await roster.RemoveAsync(await membership.CallerAsync(context, ct), gameId, participantId, ct) switch
        {
            GameSaved => TypedResults.NoContent(),
            Forbidden forbidden => CommandProblems.Forbidden(forbidden),
            Refused refused => CommandProblems.Refusal(refused),
            ResourceNotFound => TypedResults.NotFound(),
            var unmapped => throw CommandProblems.Unmapped(unmapped),
        };

    public static async Task<Results<Ok<GameResponse>, NotFound, ValidationProblem, ProblemHttpResult>> ReorderParticipantsAsync(
        Guid gameId, ParticipantOrderRequest request, HttpContext context, GuildMembership membership, RosterManagementService roster,
        CancellationToken ct)
    {
        if (request.ParticipantIds is not { } participantIds)
        {
            return CommandProblems.Invalid(ValidationFailed.For("participant_ids", "List every participant of the game, confirmed players first."));
        }

        return await roster.ReorderAsync(await membership.CallerAsync(context, ct), gameId, participantIds, ct) switch
        {
            GameSaved saved => TypedResults.Ok(GameResponse.Of(saved.Game)),
            ValidationFailed invalid => CommandProblems.Invalid(invalid),
            Forbidden forbidden => CommandProblems.Forbidden(forbidden),
            Refused refused => CommandProblems.Refusal(refused),
            ResourceNotFound => TypedResults.NotFound(),
            var unmapped => throw CommandProblems.Unmapped(unmapped),
        };
    }
}
