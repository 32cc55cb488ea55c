using System.Net;
using GameScheduler.Api.Infrastructure;
using GameScheduler.Core;
using Microsoft.AspNetCore.Builder;

namespace GameScheduler.Api.Tests.Infrastructure;

/// <summary>Core's shared outcomes as a client receives them.</summary>
public sealed class CommandProblemsTests : IAsyncLifetime
{
    private ConventionsHost _host = null!;

    public async Task InitializeAsync() => _host = await ConventionsHost.StartAsync(app =>
    {
        app.MapGet("/refused", () => CommandProblems.Refusal(new Refused(Refusals.GameStarted)));
        app.MapGet("/forbidden", () => CommandProblems.Forbidden(new Forbidden(Refusals.HostSelectsPlayers)));
        app.MapGet("/invalid", () => CommandProblems.Invalid(new ValidationFailed(new Dictionary<string, string[]>
        {
            ["title"] = ["The title is at most 200 characters."],
            ["max_players"] = ["Between 1 and 100 players."],
        })));
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_refusal_is_a_409_carrying_cores_reason_for_the_user()
    {
        using var response = await _host.Client.GetAsync("/refused");

        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("The game has already started.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_request_the_callers_standing_does_not_allow_is_a_403_carrying_cores_reason()
    {
        using var response = await _host.Client.GetAsync("/forbidden");

        var problem = await response.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(Refusals.HostSelectsPlayers, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Failed_validation_is_a_400_with_a_message_per_snake_case_field()
    {
        using var response = await _host.Client.GetAsync("/invalid");

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["The title is at most 200 characters."], problem.ErrorsFor("title"));
        Assert.Equal(["Between 1 and 100 players."], problem.ErrorsFor("max_players"));
    }
}
