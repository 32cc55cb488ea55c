using System.Net;
using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Realtime;

/// <summary>
/// The SSE contract against the whole graph, fed by events published straight to RabbitMQ (with game ids the database
/// does not know): delivery, guild filtering, fan-out, revocation, replay after a reconnect, and bad input.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class GameUpdatesStreamTests(GraphFixture graph) : IAsyncLifetime
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);
    private BrokerEvents _broker = null!;

    public async Task InitializeAsync()
    {
        await SeedGuilds.EnsureAsync(graph);
        _broker = await BrokerEvents.ListenAsync(graph, "game.#");
    }

    public async Task DisposeAsync() => await _broker.DisposeAsync();

    private static string NewGameId() => Guid.NewGuid().ToString();

    [Fact]
    public async Task An_event_published_to_RabbitMQ_reaches_a_logged_in_stream()
    {
        using var anna = await graph.LogInAsync(Seed.AnnaGuildAOnly);
        await using var stream = await SseStream.OpenAsync(anna);
        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-cache", stream.Response.Headers.CacheControl?.ToString());
        Assert.Equal("no", stream.Response.Headers.GetValues("X-Accel-Buffering").Single());

        var gameId = NewGameId();
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
        var gameInA = NewGameId();
        var gameInB = NewGameId();

        await _broker.PublishAsync("game.updated", Seed.GuildA, gameInA);
        await _broker.PublishAsync("game.created", Seed.GuildB, gameInB);

        await annaStream.NextAsync(e => e.GameId == gameInA, Delivery, "guild A's event for anna");
        await benStream.NextAsync(e => e.GameId == gameInB, Delivery, "guild B's event for ben");
        Assert.DoesNotContain(await annaStream.CollectAsync(Quiet), e => e.GuildId == Seed.GuildB);
        Assert.DoesNotContain(await benStream.CollectAsync(Quiet), e => e.GuildId == Seed.GuildA);
    }

    [Fact]
    public async Task A_stream_for_one_guild_gets_only_that_guilds_events()
    {
        using var carol = await graph.LogInAsync(Seed.CarolBothGuilds);
        await using var onlyB = await SseStream.OpenAsync(carol, $"?guild_id={Seed.GuildB}");
        var gameInA = NewGameId();
        var gameInB = NewGameId();

        await _broker.PublishAsync("game.updated", Seed.GuildA, gameInA);
        await _broker.PublishAsync("game.updated", Seed.GuildB, gameInB);

        var before = await onlyB.UntilAsync(e => e.GameId == gameInB, Delivery, "guild B's event");
        Assert.DoesNotContain(before, e => e.GameId == gameInA);
    }

    [Fact]
    public async Task Five_connections_of_one_user_each_receive_an_event_exactly_once()
    {
        using var carol = await graph.LogInAsync(Seed.CarolBothGuilds);
        var streams = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => SseStream.OpenAsync(carol)));
        try
        {
            var gameId = NewGameId();
            await _broker.PublishAsync("game.cancelled", Seed.GuildB, gameId);

            foreach (var stream in streams)
            {
                Assert.Equal("game_cancelled", (await stream.NextAsync(e => e.GameId == gameId, Delivery, "game_cancelled")).Type);
            }

            foreach (var stream in streams)
            {
                Assert.DoesNotContain(await stream.CollectAsync(TimeSpan.FromMilliseconds(300)), e => e.GameId == gameId);
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
    public async Task A_member_removed_event_stops_that_guilds_events_on_the_users_streams_at_once()
    {
        var userId = await EmulatorControl.For(graph).CreateUserAsync($"leaving_{Guid.NewGuid():N}"[..20], Seed.GuildA, Seed.GuildB);
        using var leaver = await graph.LogInAsync(userId);
        await using var stream = await SseStream.OpenAsync(leaver);

        await _broker.PublishAsync("guild.member_removed", Seed.GuildA, userId: userId);
        var afterRemoval = NewGameId();
        var stillVisible = NewGameId();
        await _broker.PublishAsync("game.updated", Seed.GuildA, afterRemoval);
        await _broker.PublishAsync("game.updated", Seed.GuildB, stillVisible);

        // The bridge handles events in publish order, so guild B's event arrives after A's would have.
        var received = await stream.UntilAsync(e => e.GameId == stillVisible, Delivery, "guild B's event after the removal from A");
        Assert.DoesNotContain(received, e => e.GameId == afterRemoval);
        Assert.DoesNotContain(await stream.CollectAsync(Quiet), e => e.GameId == afterRemoval);
    }

    [Fact]
    public async Task A_reconnect_with_Last_Event_ID_receives_what_was_published_while_it_was_away_in_order_once()
    {
        using var anna = await graph.LogInAsync(Seed.AnnaGuildAOnly);
        using var ben = await graph.LogInAsync(Seed.BenGuildBOnly);
        await using var benStream = await SseStream.OpenAsync(ben);
        var seenGame = NewGameId();
        string lastEventId;
        await using (var first = await SseStream.OpenAsync(anna))
        {
            await _broker.PublishAsync("game.updated", Seed.GuildA, seenGame);
            lastEventId = (await first.NextAsync(e => e.GameId == seenGame, Delivery, "the event seen before disconnecting")).Id!;
        }

        var missed = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            missed.Add(await _broker.PublishAsync("game.updated", Seed.GuildA, NewGameId()));
        }

        var notAnnas = NewGameId();
        await _broker.PublishAsync("game.updated", Seed.GuildB, notAnnas);
        // The Api handles events in publish order and stores each before it offers it to streams: once ben's stream
        // has the marker, every missed event is stored for replay.
        await benStream.NextAsync(e => e.GameId == notAnnas, Delivery, "the marker event on ben's stream");

        await using var second = await SseStream.OpenAsync(anna, lastEventId: lastEventId);
        var replayed = await second.CollectAsync(Quiet);

        Assert.Equal(missed, replayed.Select(e => e.Id));
        Assert.DoesNotContain(replayed, e => e.Type == "resync" || e.GameId == notAnnas);
    }

    [Fact]
    public async Task A_reconnect_with_an_unknown_Last_Event_ID_is_told_to_resync()
    {
        using var anna = await graph.LogInAsync(Seed.AnnaGuildAOnly);
        await using var stream = await SseStream.OpenAsync(anna, lastEventId: Guid.NewGuid().ToString());

        var resync = await stream.NextAsync(e => e.Type == "resync", Delivery, "resync");
        Assert.Null(resync.GameId);
    }

    [Fact]
    public async Task No_cookie_a_forged_cookie_or_an_ended_session_gets_401_and_a_foreign_guild_404()
    {
        using var anonymous = graph.CreateHttpClient("api");
        using var noCookie = await anonymous.GetAsync("/api/v1/sse/game-updates", HttpCompletionOption.ResponseHeadersRead)
            .WaitAsync(ApiSession.RequestTimeout);
        Assert.Equal(HttpStatusCode.Unauthorized, noCookie.StatusCode);
        Assert.Equal("application/problem+json", noCookie.Content.Headers.ContentType?.MediaType);

        using var forged = new HttpRequestMessage(HttpMethod.Get, "/api/v1/sse/game-updates");
        forged.Headers.Add("Cookie", "session_token=forged");
        using var forgedResponse = await anonymous.SendAsync(forged, HttpCompletionOption.ResponseHeadersRead)
            .WaitAsync(ApiSession.RequestTimeout);
        Assert.Equal(HttpStatusCode.Unauthorized, forgedResponse.StatusCode);

        using var anna = await graph.LogInAsync(Seed.AnnaGuildAOnly);
        var foreign = await Assert.ThrowsAsync<HttpRequestException>(() => SseStream.OpenAsync(anna, $"?guild_id={Seed.GuildB}"));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        var unknown = await Assert.ThrowsAsync<HttpRequestException>(() => SseStream.OpenAsync(anna, "?guild_id=not-a-guild"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        using var logout = await anna.Client.PostAsync("/api/v1/auth/logout", null).WaitAsync(ApiSession.RequestTimeout);
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        var ended = await Assert.ThrowsAsync<HttpRequestException>(() => SseStream.OpenAsync(anna));
        Assert.Equal(HttpStatusCode.Unauthorized, ended.StatusCode);
    }

    [Fact]
    public async Task Logging_out_ends_the_open_stream()
    {
        using var anna = await graph.LogInAsync(Seed.AnnaGuildAOnly);
        await using var stream = await SseStream.OpenAsync(anna);

        using var logout = await anna.Client.PostAsync("/api/v1/auth/logout", null).WaitAsync(ApiSession.RequestTimeout);
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);

        await stream.EndAsync(TimeSpan.FromSeconds(15));
    }
}
