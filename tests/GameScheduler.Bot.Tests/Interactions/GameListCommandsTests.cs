using System.Text.Json;
using GameScheduler.Bot.Interactions;
using GameScheduler.Discord;

namespace GameScheduler.Bot.Tests.Interactions;

public sealed class GameListCommandsTests
{
    [Fact]
    public void List_games_registers_an_optional_text_channel_and_an_optional_show_all_flag()
    {
        var commands = JsonSerializer.SerializeToElement(GameListCommands.Definitions, DiscordJson.Options);

        var listGames = commands.EnumerateArray().Single(command => command.GetProperty("name").GetString() == "list-games");
        var options = listGames.GetProperty("options").EnumerateArray().ToList();
        Assert.Equal(["channel", "show_all"], options.Select(option => option.GetProperty("name").GetString()));
        Assert.Equal([7, 5], options.Select(option => option.GetProperty("type").GetInt32()));
        Assert.Equal("[0]", options[0].GetProperty("channel_types").GetRawText());
        Assert.All(options, option => Assert.False(option.TryGetProperty("required", out _)));
    }
}
