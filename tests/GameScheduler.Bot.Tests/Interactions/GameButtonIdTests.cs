using GameScheduler.Bot.Interactions;

namespace GameScheduler.Bot.Tests.Interactions;

public sealed class GameButtonIdTests
{
    private static readonly Guid GameId = Guid.Parse("0190a5c1-7a4e-7000-8000-000000000001");

    [Fact]
    public void Join_and_leave_ids_name_the_game_and_read_back()
    {
        Assert.Equal("join_game:0190a5c1-7a4e-7000-8000-000000000001", GameButtonId.Join(GameId));
        Assert.Equal("leave_game:0190a5c1-7a4e-7000-8000-000000000001", GameButtonId.Leave(GameId));

        Assert.True(GameButtonId.TryParse(GameButtonId.Join(GameId), out var join));
        Assert.Equal(new GameButtonId(GameButtonAction.Join, GameId), join);
        Assert.True(GameButtonId.TryParse(GameButtonId.Leave(GameId), out var leave));
        Assert.Equal(new GameButtonId(GameButtonAction.Leave, GameId), leave);
    }

    [Fact]
    public void Confirm_and_drop_ids_name_the_game_and_read_back()
    {
        Assert.Equal("confirm_game:0190a5c1-7a4e-7000-8000-000000000001", GameButtonId.ConfirmSeat(GameId));
        Assert.Equal("drop_game:0190a5c1-7a4e-7000-8000-000000000001", GameButtonId.DropSeat(GameId));

        Assert.True(GameButtonId.TryParse(GameButtonId.ConfirmSeat(GameId), out var confirm));
        Assert.Equal(new GameButtonId(GameButtonAction.ConfirmSeat, GameId), confirm);
        Assert.True(GameButtonId.TryParse(GameButtonId.DropSeat(GameId), out var drop));
        Assert.Equal(new GameButtonId(GameButtonAction.DropSeat, GameId), drop);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("join_game:")]
    [InlineData("join_game:not-a-game")]
    [InlineData("join_game:0190a5c17a4e70008000000000000001")]
    [InlineData("join_game:0190a5c1-7a4e-7000-8000-000000000001:extra")]
    [InlineData("join_game: 0190a5c1-7a4e-7000-8000-000000000001")]
    [InlineData("JOIN_GAME:0190a5c1-7a4e-7000-8000-000000000001")]
    [InlineData("delete_game:0190a5c1-7a4e-7000-8000-000000000001")]
    [InlineData("0190a5c1-7a4e-7000-8000-000000000001")]
    [InlineData("confirm_game:")]
    [InlineData("confirm_game:not-a-game")]
    [InlineData("confirm_game: 0190a5c1-7a4e-7000-8000-000000000001")]
    [InlineData("confirm_game:0190a5c1-7a4e-7000-8000-000000000001 ")]
    [InlineData("confirm_game:0190a5c1-7a4e-7000-8000-00000000000g")]
    [InlineData("CONFIRM_GAME:0190a5c1-7a4e-7000-8000-000000000001")]
    [InlineData("drop_game:\t0190a5c1-7a4e-7000-8000-000000000001")]
    [InlineData("drop_game:{0190a5c1-7a4e-7000-8000-000000000001}")]
    [InlineData("drop_game:0190a5c1-7a4e-7000-8000-000000000001:extra")]
    [InlineData("drop_games:0190a5c1-7a4e-7000-8000-000000000001")]
    [InlineData("confirm:0190a5c1-7a4e-7000-8000-000000000001")]
    public void Forged_ids_are_not_read_as_buttons(string? customId)
    {
        Assert.False(GameButtonId.TryParse(customId, out var button));
        Assert.Null(button);
    }
}
