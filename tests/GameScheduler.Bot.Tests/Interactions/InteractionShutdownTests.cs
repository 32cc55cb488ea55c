using GameScheduler.Bot.Interactions;
using GameScheduler.Bot.Tests.Infrastructure;
using GameScheduler.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GameScheduler.Bot.Tests.Interactions;

/// <summary>A bot that stops answers the clicks it has in hand before it is gone, and takes on no new ones.</summary>
[Collection(PostgresCollection.Name)]
public sealed class InteractionShutdownTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const string Anna = "1300000000000000003";
    private const string Ben = "1300000000000000004";

    private DatabaseHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await Clicks.StartBotAsync(postgres);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_click_in_hand_is_committed_and_answered_before_stopping_completes()
    {
        var game = await _bot.CreateGameAsync(maxPlayers: 4);
        await using var rowLock = await LockGameAsync(game.Id);
        var handling = Router.HandleAsync(Click(GameButtonId.Join(game.Id), Anna, "token-anna"), _bot.Timeout).AsTask();

        var stopping = InFlight.StopAsync(_bot.Timeout);
        Assert.False(stopping.IsCompleted);

        await rowLock.Transaction.RollbackAsync(_bot.Timeout);
        await stopping.WaitAsync(_bot.Timeout);
        var answer = Assert.Single(_bot.Discord.Requests, request => request.Path.Contains("/token-anna/", StringComparison.Ordinal));
        Assert.StartsWith("You're in!", answer.Body!.Value.GetProperty("data").GetProperty("content").GetString());
        Assert.Single((await _bot.FindAsync(game.Id)).Confirmed, player => player.UserId == Anna);
        await handling.WaitAsync(_bot.Timeout);
    }

    [Fact]
    public async Task A_click_arriving_after_stopping_began_is_not_started()
    {
        var game = await _bot.CreateGameAsync(maxPlayers: 4);
        await using var rowLock = await LockGameAsync(game.Id);
        var inHand = Router.HandleAsync(Click(GameButtonId.Join(game.Id), Anna, "token-anna"), _bot.Timeout).AsTask();
        var stopping = InFlight.StopAsync(_bot.Timeout);

        await Router.HandleAsync(Click(GameButtonId.Join(game.Id), Ben, "token-ben"), _bot.Timeout).AsTask().WaitAsync(_bot.Timeout);

        await rowLock.Transaction.RollbackAsync(_bot.Timeout);
        await Task.WhenAll(inHand, stopping).WaitAsync(_bot.Timeout);
        Assert.DoesNotContain(_bot.Discord.Requests, request => request.Path.Contains("/token-ben/", StringComparison.Ordinal));
        Assert.DoesNotContain((await _bot.FindAsync(game.Id)).Confirmed, player => player.UserId == Ben);
    }

    [Fact]
    public async Task When_the_shutdown_timeout_runs_out_the_work_in_hand_is_cancelled_and_stopping_completes()
    {
        var game = await _bot.CreateGameAsync(maxPlayers: 4);
        await using var rowLock = await LockGameAsync(game.Id);
        var handling = Router.HandleAsync(Click(GameButtonId.Join(game.Id), Anna, "token-anna"), _bot.Timeout).AsTask();
        using var shutdownTimeout = new CancellationTokenSource();
        var stopping = InFlight.StopAsync(shutdownTimeout.Token);

        await shutdownTimeout.CancelAsync();

        await stopping.WaitAsync(_bot.Timeout);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => handling.WaitAsync(_bot.Timeout));
        Assert.True(InFlight.Abandoned.IsCancellationRequested);
    }

    private InteractionRouter Router => _bot.Service<InteractionRouter>();

    private InFlightInteractions InFlight => _bot.Service<InFlightInteractions>();

    private Discord.Models.Interaction Click(string customId, string userId, string token) =>
        Clicks.Button(customId, _bot.Time.GetUtcNow(), userId, token);

    /// <summary>Holds the game's row lock, so that a join on it stays in progress until the transaction ends.</summary>
    private async Task<RowLock> LockGameAsync(Guid gameId)
    {
        var scope = _bot.Service<IServiceScopeFactory>().CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GameSchedulerDbContext>();
        var transaction = await db.Database.BeginTransactionAsync(_bot.Timeout);
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM games WHERE id = {gameId} FOR UPDATE", _bot.Timeout);
        return new RowLock(scope, transaction);
    }

    private sealed record RowLock(AsyncServiceScope Scope, IDbContextTransaction Transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Transaction.DisposeAsync();
            await Scope.DisposeAsync();
        }
    }
}
