using System.Text.Json;
using System.Text.Json.Nodes;
using GameScheduler.Api.Realtime;
using GameScheduler.Core.Events;
using GameScheduler.Core.Participants;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace GameScheduler.Api.Tests.Realtime;

/// <summary>What one game event becomes on the streams: the game's state read once, and who may see it differently.</summary>
[Collection(ValkeyCollection.Name)]
public sealed class GameEventStreamHandlerTests(ValkeyFixture valkey) : IAsyncLifetime
{
    private readonly string _guildId = Guid.NewGuid().ToString("N");
    private readonly Guid _gameId = Guid.NewGuid();
    private readonly CountingStates _states = new();
    private readonly RecordingFanOut _fanOut = new();
    private ServiceProvider _services = null!;

    public Task InitializeAsync()
    {
        var services = new ServiceCollection().AddLogging().AddMetrics();
        services.AddSingleton<IConnectionMultiplexer>(valkey.Connection);
        services.AddGameUpdateStreams(new ConfigurationBuilder().Build());
        services.Replace(ServiceDescriptor.Singleton<IGameUpdateFanOut>(_fanOut));
        services.AddSingleton<ILiveGameStates>(_states);
        _services = services.BuildServiceProvider();
        _services.GetRequiredService<ConnectionRegistry>().Add(new SseConnection("viewer", [_guildId], bufferSize: 8));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private GameEventStreamHandler Handler => _services.GetRequiredService<GameEventStreamHandler>();

    private EventEnvelope<TEvent> Envelope<TEvent>(TEvent data) where TEvent : GameEvent, IIntegrationEvent =>
        new(Guid.NewGuid(), TEvent.EventType, DateTimeOffset.UtcNow, data);

    private static JsonElement Data(GameUpdate update) => JsonSerializer.SerializeToElement(update);

    [Fact]
    public async Task A_roster_change_goes_out_with_the_game_read_once_and_the_users_it_changed_for()
    {
        _states.State = new JsonObject { ["id"] = _gameId.ToString(), ["version"] = 7 };
        var change = new GameUpdated(_gameId, _guildId)
        {
            RosterOnly = true,
            ParticipantChanges = [new("anna", ParticipantChangeKind.Left), new("ben", ParticipantChangeKind.Promoted)],
        };

        await Handler.HandleAsync(Envelope(change), default);

        var data = Data(Assert.Single(_fanOut.Delivered));
        Assert.Equal([_gameId], _states.Reads);
        Assert.Equal(7, data.GetProperty("game").GetProperty("version").GetInt64());
        Assert.Equal(["anna", "ben"], data.GetProperty("affected_user_ids").EnumerateArray().Select(id => id.GetString()));
        Assert.Equal("game_updated", data.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Any_other_change_goes_out_with_the_game_and_without_a_list_of_users_since_anyone_may_see_it_differently()
    {
        _states.State = new JsonObject { ["id"] = _gameId.ToString(), ["version"] = 3 };
        var edit = new GameUpdated(_gameId, _guildId) { ParticipantChanges = [new("anna", ParticipantChangeKind.Demoted)] };

        await Handler.HandleAsync(Envelope(edit), default);
        await Handler.HandleAsync(Envelope(new GameCancelled(_gameId, _guildId)), default);

        Assert.All(_fanOut.Delivered.Select(Data), data =>
        {
            Assert.Equal(JsonValueKind.Object, data.GetProperty("game").ValueKind);
            Assert.False(data.TryGetProperty("affected_user_ids", out _));
        });
    }

    [Fact]
    public async Task An_event_of_a_guild_no_stream_here_listens_to_reads_no_game()
    {
        _states.State = new JsonObject { ["id"] = _gameId.ToString(), ["version"] = 2 };

        await Handler.HandleAsync(Envelope(new GameUpdated(_gameId, Guid.NewGuid().ToString("N")) { RosterOnly = true }), default);

        Assert.Empty(_states.Reads);
        Assert.Null(Assert.Single(_fanOut.Delivered).Game);
    }

    [Fact]
    public async Task Without_a_state_to_give_the_event_goes_out_as_it_came_so_browsers_ask_for_the_game()
    {
        _states.State = null;
        var envelope = Envelope(new GameUpdated(_gameId, _guildId) { RosterOnly = true });

        await Handler.HandleAsync(envelope, default);

        var data = Data(Assert.Single(_fanOut.Delivered));
        Assert.Equal(
            ["type", "game_id", "guild_id"],
            data.EnumerateObject().Select(property => property.Name));
    }

    [Fact]
    public async Task A_replayed_event_carries_no_state_so_it_cannot_take_a_browser_back_to_an_older_one()
    {
        _states.State = new JsonObject { ["id"] = _gameId.ToString(), ["version"] = 4 };
        var first = Envelope(new GameUpdated(_gameId, _guildId) { RosterOnly = true });
        var second = Envelope(new GameUpdated(_gameId, _guildId) { RosterOnly = true });

        await Handler.HandleAsync(first, default);
        await Handler.HandleAsync(second, default);

        var replayed = await _services.GetRequiredService<ReplayBuffer>().ReadAfterAsync(first.Id.ToString(), [_guildId], default);
        var missed = Assert.Single(replayed.Missed);
        Assert.Equal(second.Id.ToString(), missed.EventId);
        Assert.Null(missed.Game);
        Assert.Null(missed.AffectedUserIds);
    }

    private sealed class CountingStates : ILiveGameStates
    {
        public JsonObject? State { get; set; }

        public List<Guid> Reads { get; } = [];

        public Task<JsonObject?> ReadAsync(Guid gameId, CancellationToken ct)
        {
            Reads.Add(gameId);
            return Task.FromResult(State?.DeepClone().AsObject());
        }
    }

    private sealed class RecordingFanOut : IGameUpdateFanOut
    {
        public List<GameUpdate> Delivered { get; } = [];

        public Task<int> DeliverAsync(GameUpdate update, CancellationToken ct)
        {
            Delivered.Add(update);
            return Task.FromResult(1);
        }
    }
}
