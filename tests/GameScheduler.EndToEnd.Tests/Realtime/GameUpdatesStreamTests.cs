using System.Net;
using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Realtime;

/// <summary>The SSE contract against the whole graph: delivery, guild filtering, fan-out, revocation and bad input.</summary>
[Collection(GraphCollection.Name)]
public sealed class GameUpdatesStreamTests(GraphFixture graph) : IAsyncLifetime
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(5);
    private BrokerEvents _broker = null!;

    public async Task InitializeAsync()
    {
        await SeedGuilds.EnsureAsync(graph);
        _broker = await BrokerEvents.ListenAsync(graph);
    }

    [Fact]
    public async Task An_event_published_to_RabbitMQ_reaches_a_logged_in_stream()
    {
        using var anna = await graph.LogInAsync(Seed.AnnaGuildAOnly);
        await using var stream = await SseStream.OpenAsync(anna);
        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-cache", stream.Response.Headers.CacheControl?.ToString());
        Assert.Equal("no", stream.Response.Headers.GetValues("X-Accel-Buffering").Single());

        var gameId = Guid.NewGuid().ToString();
        var eventId = await _broker.PublishAsync("game.updated", Seed.GuildA, gameId);

        var received = await stream.NextAsync(e => e.GameId == gameId, Delivery, "game_updated");
        Assert.Equal("game_updated", received.Type);
        Assert.Equal(Seed.GuildA, received.GuildId);
        Assert.Equal(eventId, received.Id);
    }

    [Fact]
    public async Task Each_user_receives_only_their_own_guilds_events()
    {
        using var anna = await graph.LogInAsync(Seed.AnnaGuildAOnly);
        using var ben = await graph.LogInAsync(Seed.BenGuildBOnly);
        await using var annaStream = await SseStream.OpenAsync(anna);
        await using var benStream = await SseStream.OpenAsync(ben);
        var gameInA = Guid.NewGuid().ToString();
        var gameInB = Guid.NewGuid().ToString();

        await _broker.PublishAsync("game.updated", Seed.GuildA, gameInA);
        await _broker.PublishAsync("game.created", Seed.GuildB, gameInB);

        await annaStream.NextAsync(e => e.GameId == gameInA, Delivery, "guild A's event for anna");
        await benStream.NextAsync(e => e.GameId == gameInB, Delivery, "guild B's event for ben");
        Assert.DoesNotContain(await annaStream.CollectAsync(TimeSpan.FromSeconds(1)), e => e.GuildId == Seed.GuildB);
        Assert.DoesNotContain(await benStream.CollectAsync(TimeSpan.FromSeconds(1)), e => e.GuildId == Seed.GuildA);
    }

    [Fact]
    public async Task Five_connections_of_one_user_each_receive_an_event_exactly_once()
    {
        using var carol = await graph.LogInAsync(Seed.CarolBothGuilds);
        var streams = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => SseStream.OpenAsync(carol)));
        try
        {
            var gameId = Guid.NewGuid().ToString();
            await _broker.PublishAsync("game.cancelled", Seed.GuildB, gameId);

            foreach (var stream in streams)
            {
                await stream.NextAsync(e => e.GameId == gameId, Delivery, "game_cancelled");
                Assert.DoesNotContain(await stream.CollectAsync(TimeSpan.FromMilliseconds(500)), e => e.GameId == gameId);
            }
        }
        finally
        {
            foreach (var stream in streams)
            {
                await stream.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task After_a_member_is_removed_their_stream_gets_no_more_of_that_guilds_events()
    {
        var emulator = EmulatorControl.For(graph);
        var userId = await emulator.CreateUserAsync("leaving_luke", Seed.GuildA, Seed.GuildB);
        using var luke = await graph.LogInAsync(userId);
        await using var stream = await SseStream.OpenAsync(luke);

        await _broker.PublishAsync("guild.member_removed", Seed.GuildA, userId: userId);
        await Task.Delay(500);
        var afterRemoval = Guid.NewGuid().ToString();
        var stillVisible = Guid.NewGuid().ToString();
        await _broker.PublishAsync("game.updated", Seed.GuildA, afterRemoval);
        await _broker.PublishAsync("game.updated", Seed.GuildB, stillVisible);

        await stream.NextAsync(e => e.GameId == stillVisible, Delivery, "guild B's event after the removal from A");
        Assert.DoesNotContain(await stream.CollectAsync(TimeSpan.FromSeconds(1)), e => e.GameId == afterRemoval);
    }

    [Fact]
    public async Task A_reconnect_with_Last_Event_ID_is_told_to_resync()
    {
        using var anna = await graph.LogInAsync(Seed.AnnaGuildAOnly);
        await using var stream = await SseStream.OpenAsync(anna, lastEventId: Guid.NewGuid().ToString());

        await stream.NextAsync(e => e.Type == "resync", Delivery, "resync");
    }

    [Fact]
    public async Task No_cookie_a_forged_cookie_or_an_ended_session_gets_401_and_a_foreign_guild_404()
    {
        using var anonymous = graph.CreateHttpClient("api");
        using var noCookie = await anonymous.GetAsync("/api/v1/sse/game-updates", HttpCompletionOption.ResponseHeadersRead)
            .WaitAsync(ApiSession.RequestTimeout);
        Assert.Equal(HttpStatusCode.Unauthorized, noCookie.StatusCode);

        using var forged = new HttpRequestMessage(HttpMethod.Get, "/api/v1/sse/game-updates");
        forged.Headers.Add("Cookie", "session_token=forged");
        using var forgedResponse = await anonymous.SendAsync(forged, HttpCompletionOption.ResponseHeadersRead)
            .WaitAsync(ApiSession.RequestTimeout);
        Assert.Equal(HttpStatusCode.Unauthorized, forgedResponse.StatusCode);

        using var anna = await graph.LogInAsync(Seed.AnnaGuildAOnly);
        var foreign = await Assert.ThrowsAsync<HttpRequestException>(() => SseStream.OpenAsync(anna, $"?guild_id={Seed.GuildB}"));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);

        using var logout = await anna.Client.PostAsync("/api/v1/auth/logout", null).WaitAsync(ApiSession.RequestTimeout);
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        var ended = await Assert.ThrowsAsync<HttpRequestException>(() => SseStream.OpenAsync(anna));
        Assert.Equal(HttpStatusCode.Unauthorized, ended.StatusCode);
    }

    public async Task DisposeAsync() => await _broker.DisposeAsync();
}
