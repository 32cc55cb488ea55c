using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Bot;

/// <summary>/list-games and /my-games answer privately with the games the member may see.</summary>
[Collection(GraphCollection.Name)]
public sealed class SlashCommandTests(GraphFixture graph) : HostAndEmulatorTests(graph)
{
    [Fact]
    public async Task List_games_shows_the_servers_upcoming_games_and_my_games_those_the_member_joined()
    {
        var title = $"Listed {Guid.NewGuid():N}"[..20];
        var game = await AnnouncedGame.CreateAsync(Host, Emulator, title);
        var member = await Emulator.CreateUserAsync(JoinButtonTests.NewUsername("lister"), Seed.GuildA);

        var list = await Emulator.RunCommandAsync(member, Seed.GuildAGeneral, "list-games");
        JoinButtonTests.AssertPrivateReply(list, title);

        var before = await Emulator.RunCommandAsync(member, Seed.GuildAGeneral, "my-games");
        JoinButtonTests.AssertPrivateReply(before, "no upcoming games");

        JoinButtonTests.AssertPrivateReply(await game.ClickAsync(Emulator, member, game.JoinButton), "You're in");
        var after = await Emulator.RunCommandAsync(member, Seed.GuildAGeneral, "my-games");
        JoinButtonTests.AssertPrivateReply(after, title);
        JoinButtonTests.AssertPrivateReply(after, "you're in");
    }

    [Fact]
    public async Task List_games_in_another_guild_does_not_show_this_guilds_games()
    {
        var title = $"Private {Guid.NewGuid():N}"[..20];
        await AnnouncedGame.CreateAsync(Host, Emulator, title);

        var list = await Emulator.RunCommandAsync(Seed.BenGuildBOnly, Seed.GuildBGeneral, "list-games");

        Assert.DoesNotContain(title, JoinButtonTests.Text(list.GetProperty("data")), StringComparison.Ordinal);
    }
}
