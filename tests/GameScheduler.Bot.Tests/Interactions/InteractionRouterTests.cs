using System.Text.Json;
using GameScheduler.Bot.Interactions;
using GameScheduler.Bot.Tests.Infrastructure;
using GameScheduler.Core.Data;
using GameScheduler.Discord.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GameScheduler.Bot.Tests.Interactions;

/// <summary>Clicks answered within Discord's 3 s, against a real database: directly when quick, deferred then edited when not.</summary>
[Collection(PostgresCollection.Name)]
public sealed class InteractionRouterTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const string Player = "1300000000000000003";
    private const string CallbackPath = "/token-900/callback";
    private const string OriginalPath = "/webhooks/1100000000000000001/token-900/messages/@original";

    private DatabaseHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await Clicks.StartBotAsync(postgres);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_quick_join_is_answered_directly_and_privately_with_the_outcome()
    {
        var game = await _bot.CreateGameAsync(maxPlayers: 4);

        await Router.HandleAsync(Click(GameButtonId.Join(game.Id)), _bot.Timeout);

        var callback = Assert.Single(_bot.Discord.Requests, request => request.Path.EndsWith(CallbackPath, StringComparison.Ordinal)).Body!.Value;
        Assert.Equal(4, callback.GetProperty("type").GetInt32());
        Assert.Equal(64, callback.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.StartsWith("You're in!", callback.GetProperty("data").GetProperty("content").GetString());
        Assert.Single((await _bot.FindAsync(game.Id)).Confirmed, player => player.UserId == Player);
    }

    [Fact]
    public async Task A_join_held_up_past_the_budget_is_deferred_privately_and_the_outcome_edited_in()
    {
        var game = await _bot.CreateGameAsync(maxPlayers: 4);
        await using var scope = _bot.Service<IServiceScopeFactory>().CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GameSchedulerDbContext>();
        var rowLock = await db.Database.BeginTransactionAsync(_bot.Timeout);
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM games WHERE id = {game.Id} FOR UPDATE", _bot.Timeout);

        var handling = Router.HandleAsync(Click(GameButtonId.Join(game.Id)), _bot.Timeout).AsTask();
        _bot.Time.Advance(InteractionRouter.DirectReplyBudget);
        var deferred = await WaitForRequestAsync(CallbackPath);
        Assert.Equal(5, deferred.GetProperty("type").GetInt32());
        Assert.Equal(64, deferred.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.False(handling.IsCompleted);

        await rowLock.RollbackAsync(_bot.Timeout);
        await handling.WaitAsync(_bot.Timeout);
        var original = await WaitForRequestAsync(OriginalPath);
        Assert.StartsWith("You're in!", original.GetProperty("content").GetString());
    }

    [Fact]
    public async Task A_click_delivered_after_the_budget_is_acknowledged_at_once_and_the_outcome_edited_in()
    {
        var game = await _bot.CreateGameAsync(maxPlayers: 4);
        var clicked = _bot.Time.GetUtcNow() - InteractionRouter.DirectReplyBudget;

        await Router.HandleAsync(ClickedAt(GameButtonId.Join(game.Id), clicked), _bot.Timeout);

        var deferred = Assert.Single(_bot.Discord.Requests, request => request.Path.EndsWith(CallbackPath, StringComparison.Ordinal)).Body!.Value;
        Assert.Equal(5, deferred.GetProperty("type").GetInt32());
        var original = await WaitForRequestAsync(OriginalPath);
        Assert.StartsWith("You're in!", original.GetProperty("content").GetString());
    }

    [Fact]
    public async Task A_click_that_must_wait_for_the_others_in_hand_is_acknowledged_at_once()
    {
        var game = await _bot.CreateGameAsync(maxPlayers: InteractionRouter.ConcurrentWork + 1);
        await using var scope = _bot.Service<IServiceScopeFactory>().CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GameSchedulerDbContext>();
        var rowLock = await db.Database.BeginTransactionAsync(_bot.Timeout);
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM games WHERE id = {game.Id} FOR UPDATE", _bot.Timeout);
        var inHand = Enumerable.Range(0, InteractionRouter.ConcurrentWork)
            .Select(click => Router.HandleAsync(Click(GameButtonId.Join(game.Id)) with
            {
                Token = $"token-{click}",
                Member = new GuildMember(new User($"14000000000000000{click:00}", $"player{click}"), Roles: [], Permissions: "0"),
            }, _bot.Timeout).AsTask())
            .ToList();

        var waiting = Router.HandleAsync(Click(GameButtonId.Join(game.Id)), _bot.Timeout).AsTask();
        var deferred = await WaitForRequestAsync(CallbackPath);
        Assert.Equal(5, deferred.GetProperty("type").GetInt32());
        Assert.DoesNotContain(_bot.Discord.Requests, request => request.Path.EndsWith("/callback", StringComparison.Ordinal)
            && !request.Path.EndsWith(CallbackPath, StringComparison.Ordinal));

        await rowLock.RollbackAsync(_bot.Timeout);
        await Task.WhenAll([.. inHand, waiting]).WaitAsync(_bot.Timeout);
        var original = await WaitForRequestAsync(OriginalPath);
        Assert.StartsWith("You're in!", original.GetProperty("content").GetString());
    }

    [Fact]
    public async Task A_forged_button_is_answered_politely_and_changes_nothing()
    {
        var game = await _bot.CreateGameAsync(maxPlayers: 4);

        await Router.HandleAsync(Click("join_game:../../admin"), _bot.Timeout);

        var callback = Assert.Single(_bot.Discord.Requests, request => request.Path.EndsWith(CallbackPath, StringComparison.Ordinal)).Body!.Value;
        Assert.Equal(InteractionReplies.UnknownButton.Content, callback.GetProperty("data").GetProperty("content").GetString());
        Assert.Empty((await _bot.FindAsync(game.Id)).Confirmed);
    }

    [Fact]
    public async Task A_join_clicked_in_a_dm_is_answered_that_it_only_works_in_a_server_and_changes_nothing()
    {
        var game = await _bot.CreateGameAsync(maxPlayers: 4);

        await Router.HandleAsync(Clicks.DirectMessageButton(GameButtonId.Join(game.Id), _bot.Time.GetUtcNow(), Player, "token-900"), _bot.Timeout);

        var callback = Assert.Single(_bot.Discord.Requests, request => request.Path.EndsWith(CallbackPath, StringComparison.Ordinal)).Body!.Value;
        Assert.Equal(64, callback.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal(InteractionReplies.NotInServer.Content, callback.GetProperty("data").GetProperty("content").GetString());
        Assert.Empty((await _bot.FindAsync(game.Id)).Confirmed);
    }

    private InteractionRouter Router => _bot.Service<InteractionRouter>();

    private Interaction Click(string customId) => ClickedAt(customId, _bot.Time.GetUtcNow());

    private static Interaction ClickedAt(string customId, DateTimeOffset clicked) => Clicks.Button(customId, clicked, Player, "token-900");

    private async Task<JsonElement> WaitForRequestAsync(string path)
    {
        var request = await Eventually.ReadsAsync(
            () => Task.FromResult(_bot.Discord.Requests.FirstOrDefault(request => request.Path.EndsWith(path, StringComparison.Ordinal))),
            request => request.Body is not null, TimeSpan.FromSeconds(10), $"a request to {path}");
        return request.Body!.Value;
    }
}
