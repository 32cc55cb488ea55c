using GameScheduler.Core.Games;
using GameScheduler.Core.Participants;
using GameScheduler.Core.Users;
using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Scheduling;

/// <summary>Every accepted change reaches RabbitMQ exactly once, through the outbox and the relay the services run.</summary>
[Collection(GraphCollection.Name)]
public sealed class OutboxEventTests(GraphFixture graph)
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Each_accepted_change_is_published_once_with_its_guilds_routing_key()
    {
        await using var writer = await DomainWriter.InNewGuildAsync(graph);
        await using var broker = await BrokerEvents.ListenAsync(graph, $"game.*.{writer.Guild.Id}");
        var player = writer.CallerFor(new UserProfile(DomainWriter.NewSnowflake(), "player", "Player"));

        var game = await CreateGameAsync(writer);
        Assert.IsType<Joined>(await writer.RunAsync<ParticipationService, IJoinResult>(s => s.JoinAsync(player, game, default)));
        Assert.IsType<AlreadyJoined>(await writer.RunAsync<ParticipationService, IJoinResult>(s => s.JoinAsync(player, game, default)));
        Assert.IsType<Left>(await writer.RunAsync<ParticipationService, ILeaveResult>(s => s.LeaveAsync(player, game, default)));
        Assert.IsType<GameSaved>(await writer.RunAsync<GameService, IGameChangeResult>(
            s => s.CancelAsync(writer.CallerFor(writer.Owner, manager: true), game, default)));

        var published = (await broker.UntilAsync(
            e => e.RoutingKey.StartsWith("game.cancelled.", StringComparison.Ordinal), EventTimeout, "game.cancelled")).ToList();
        published.AddRange(await broker.CollectAsync(TimeSpan.FromSeconds(1)));

        // The repeated join changed nothing, so it published nothing.
        Assert.Equal(
            [$"game.created.{writer.Guild.Id}", $"game.updated.{writer.Guild.Id}", $"game.updated.{writer.Guild.Id}",
             $"game.cancelled.{writer.Guild.Id}"],
            published.Select(e => e.RoutingKey));
        Assert.Equal(published.Count, published.Select(e => e.Envelope.GetProperty("id").GetString()).Distinct().Count());
        Assert.All(published, e => Assert.Equal(game.ToString(), e.Envelope.GetProperty("data").GetProperty("game_id").GetString()));
    }

    [Fact]
    public async Task The_envelope_has_the_design_shape_and_the_routing_key_names_the_guild()
    {
        await using var writer = await DomainWriter.InNewGuildAsync(graph);
        await using var broker = await BrokerEvents.ListenAsync(graph, $"game.*.{writer.Guild.Id}");

        var game = await CreateGameAsync(writer);

        var created = await broker.NextAsync(_ => true, EventTimeout, "game.created");
        Assert.Equal($"game.created.{writer.Guild.Id}", created.RoutingKey);
        Assert.True(Guid.TryParse(created.Envelope.GetProperty("id").GetString(), out _));
        Assert.Equal("game.created", created.Envelope.GetProperty("type").GetString());
        Assert.True(DateTimeOffset.TryParse(created.Envelope.GetProperty("occurred_at").GetString(), out _));
        Assert.Equal(game.ToString(), created.Envelope.GetProperty("data").GetProperty("game_id").GetString());
        Assert.Equal(writer.Guild.Id, created.Envelope.GetProperty("data").GetProperty("guild_id").GetString());
    }

    internal static async Task<Guid> CreateGameAsync(DomainWriter writer, int maxPlayers = 10)
    {
        var result = await writer.RunAsync<GameService, IGameChangeResult>(s => s.CreateAsync(
            writer.CallerFor(writer.Owner, manager: true),
            new NewGame(writer.Guild.Id)
            {
                ChannelId = writer.Guild.Channels[0].Id,
                Title = "Outbox test game",
                ScheduledAt = DateTimeOffset.UtcNow.AddDays(1),
                MaxPlayers = maxPlayers,
            },
            default));
        return Assert.IsType<GameSaved>(result).Game.Id;
    }
}
