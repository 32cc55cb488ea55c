using GameScheduler.Bot.Interactions;
using GameScheduler.Bot.Tests.Infrastructure;
using GameScheduler.Core.Games;
using GameScheduler.Core.Participants;

namespace GameScheduler.Bot.Tests.Interactions;

/// <summary>
/// "Still in" and "Drop" clicked in the DM to a player carried over to the next game of a series, against a real
/// database: there is no guild in the click, so the clicker's seat is the check.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SeatConfirmationButtonTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const string First = "1300000000000000003";
    private const string Second = "1300000000000000004";
    private const string Latecomer = "1300000000000000005";
    private const string CallbackPath = "/token-900/callback";

    private DatabaseHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await Clicks.StartBotAsync(postgres);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Still_in_clicked_in_a_dm_confirms_the_carried_over_seat()
    {
        var game = await _bot.CreateCarriedOverGameAsync(maxPlayers: 2, First, Second);
        Assert.All(game.Confirmed, player => Assert.True(player.AwaitingConfirmation));

        var reply = await ClickInDirectMessageAsync(GameButtonId.ConfirmSeat(game.Id), First);

        Assert.StartsWith("Great, your seat in **Board games night**", reply);
        var after = await _bot.FindAsync(game.Id);
        Assert.Equal([(First, false), (Second, true)], after.Confirmed.Select(player => (player.UserId, player.AwaitingConfirmation)));
    }

    [Fact]
    public async Task Drop_gives_up_the_carried_over_seat_and_the_waitlist_moves_up()
    {
        var game = await _bot.CreateCarriedOverGameAsync(maxPlayers: 2, First, Second);
        Assert.IsType<Waitlisted>(await _bot.RunAsync<ParticipationService, IJoinResult>(participation =>
            participation.JoinAsync(DatabaseHarness.Member(Latecomer), game.Id, _bot.Timeout)));

        var reply = await ClickInDirectMessageAsync(GameButtonId.DropSeat(game.Id), First);

        Assert.Equal("You left **Board games night**.", reply);
        var after = await _bot.FindAsync(game.Id);
        Assert.Equal([Second, Latecomer], after.Confirmed.Select(player => player.UserId));
        Assert.Empty(after.Waitlisted);
    }

    [Theory]
    [InlineData("confirm_game")]
    [InlineData("drop_game")]
    public async Task A_click_by_someone_without_a_seat_is_told_so_and_changes_nothing(string prefix)
    {
        var game = await _bot.CreateCarriedOverGameAsync(maxPlayers: 2, First, Second);

        var reply = await ClickInDirectMessageAsync($"{prefix}:{game.Id}", Latecomer);

        Assert.Equal("You no longer have a seat on that game. Nothing was changed.", reply);
        var after = await _bot.FindAsync(game.Id);
        Assert.Equal([(First, true), (Second, true)], after.Confirmed.Select(player => (player.UserId, player.AwaitingConfirmation)));
        Assert.Empty(after.Waitlisted);
    }

    [Fact]
    public async Task Join_clicked_in_a_dm_still_only_works_in_a_server()
    {
        var game = await _bot.CreateCarriedOverGameAsync(maxPlayers: 3, First, Second);

        var reply = await ClickInDirectMessageAsync(GameButtonId.Join(game.Id), Latecomer);

        Assert.Equal(InteractionReplies.NotInServer.Content, reply);
        Assert.DoesNotContain((await _bot.FindAsync(game.Id)).Confirmed, player => player.UserId == Latecomer);
    }

    /// <returns>The private reply the clicker sees.</returns>
    private async Task<string?> ClickInDirectMessageAsync(string customId, string userId)
    {
        await _bot.Service<InteractionRouter>()
            .HandleAsync(Clicks.DirectMessageButton(customId, _bot.Time.GetUtcNow(), userId, "token-900"), _bot.Timeout);

        var callback = Assert.Single(_bot.Discord.Requests, request => request.Path.EndsWith(CallbackPath, StringComparison.Ordinal)).Body!.Value;
        Assert.Equal(64, callback.GetProperty("data").GetProperty("flags").GetInt32());
        return callback.GetProperty("data").GetProperty("content").GetString();
    }
}
