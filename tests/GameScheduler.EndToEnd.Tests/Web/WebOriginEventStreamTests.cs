using System.Diagnostics;
using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Web;

/// <summary>
/// Browsers reach the Api's event stream through the web app's dev-server proxy (one origin for the session cookie),
/// so the stream must behave there as it does on the Api: open at once and pass each event on as it comes.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class WebOriginEventStreamTests(GraphFixture graph) : IAsyncLifetime
{
    /// <summary>Well under the Api's 15 s keepalive: a proxy that holds the headers back until the first bytes takes that long.</summary>
    private static readonly TimeSpan OpenTimeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(5);

    public Task InitializeAsync() => SeedGuilds.EnsureAsync(graph);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_stream_opens_at_once_and_delivers_events_through_the_web_origin()
    {
        using var alice = await graph.LogInAsync(Seed.AliceOwner);

        var clock = Stopwatch.StartNew();
        await using var stream = await SseStream.OpenOnInstanceAsync(alice, graph.WebUrl("/"));
        clock.Stop();

        Assert.True(clock.Elapsed < OpenTimeout, $"The stream's headers took {clock.Elapsed} to arrive through the web origin.");
        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType?.MediaType);
        var game = await alice.CreateGameAsync(Seed.GuildA, Seed.GuildAGeneral, "Streamed through the web origin");
        var gameId = game.GetProperty("id").GetString();
        await stream.NextAsync(update => update.Type == "game_created" && update.GameId == gameId, DeliveryTimeout,
            $"game_created for {gameId} through the web origin");
    }
}
