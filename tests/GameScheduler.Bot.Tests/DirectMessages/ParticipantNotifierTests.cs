using System.Text;
using GameScheduler.Bot.DirectMessages;
using GameScheduler.Bot.Tests.Infrastructure;
using GameScheduler.Core.Data;
using GameScheduler.Core.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GameScheduler.Bot.Tests.DirectMessages;

/// <summary>The DMs a game event brings, against a real database that wrote the event.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ParticipantNotifierTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const string First = "1300000000000000003";
    private const string Second = "1300000000000000004";
    private const string Waiting = "1300000000000000005";

    private DatabaseHarness _bot = null!;

    public async Task InitializeAsync() =>
        _bot = await DatabaseHarness.StartAsync(postgres, services => services.AddTransient<ParticipantNotifier>());

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task The_next_game_of_a_series_asks_each_carried_over_player_by_DM_to_confirm()
    {
        var game = await _bot.CreateCarriedOverGameAsync(maxPlayers: 2, First, Second, Waiting);
        var created = await CreatedEventAsync(game.Id);

        await _bot.Service<ParticipantNotifier>().NotifyAsync(created, _bot.Timeout).WaitAsync(_bot.Timeout);

        Assert.Equal([First, Second], _bot.Discord.DirectMessages.Select(message => message.UserId).Order());
        Assert.All(_bot.Discord.DirectMessages, message => Assert.Contains("Press Still in by", message.Content, StringComparison.Ordinal));
        var buttons = _bot.Discord.Requests
            .Where(request => request.Method == "POST" && request.Path.StartsWith("/channels/dm-", StringComparison.Ordinal))
            .Select(request => request.Body!.Value.GetProperty("components")[0].GetProperty("components"))
            .Select(row => string.Join(' ', row.EnumerateArray().Select(button => button.GetProperty("custom_id").GetString())));
        Assert.All(buttons, ids => Assert.Equal($"confirm_game:{game.Id} drop_game:{game.Id}", ids));
    }

    private async Task<GameCreated> CreatedEventAsync(Guid gameId)
    {
        var payload = await _bot.RunAsync<GameSchedulerDbContext, string>(db => db.OutboxMessages
            .Where(message => message.Type == GameCreated.EventType && message.Payload.Contains(gameId.ToString()))
            .Select(message => message.Payload)
            .SingleAsync(_bot.Timeout));
        return EventJson.Deserialize<GameCreated>(Encoding.UTF8.GetBytes(payload)).Data;
    }
}
