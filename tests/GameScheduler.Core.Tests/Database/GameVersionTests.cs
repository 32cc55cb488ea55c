using GameScheduler.Core.Games;
using GameScheduler.Core.Participants;

namespace GameScheduler.Core.Tests.Database;

/// <summary>A game's version grows with every write, whatever makes it, so that two states of it can be ordered.</summary>
public sealed class GameVersionTests(PostgresFixture postgres) : DatabaseTest(postgres)
{
    private async Task<long> StoredVersionAsync(Guid gameId) =>
        (await Service<GameQueries>().FindForEveryoneAsync(gameId, Timeout))!.Version;

    [Fact]
    public async Task Each_change_of_roster_settings_or_announcement_moves_the_version_on()
    {
        var game = await CreateGameAsync();
        var versions = new List<long> { game.Version, await StoredVersionAsync(game.Id) };

        await Service<ParticipationService>().JoinAsync(Member("1"), game.Id, Timeout);
        versions.Add(await StoredVersionAsync(game.Id));
        await Service<GameService>().UpdateAsync(Host, game.Id, new GameEdit { Title = "Renamed" }, Timeout);
        versions.Add(await StoredVersionAsync(game.Id));
        await Service<GameService>().RecordAnnouncementAsync(game.Id, "900000000000000001", Timeout);
        versions.Add(await StoredVersionAsync(game.Id));
        await Service<ParticipationService>().LeaveAsync(Member("1"), game.Id, Timeout);
        versions.Add(await StoredVersionAsync(game.Id));

        Assert.Equal(versions[0], versions[1]);
        Assert.All(versions.Zip(versions.Skip(2)), pair => Assert.True(pair.Second > pair.First, $"{pair.Second} after {pair.First}"));
        Assert.Equal(versions.Skip(1).Distinct(), versions.Skip(1));
    }

    [Fact]
    public async Task Joins_at_the_same_moment_each_get_a_version_of_their_own()
    {
        var game = await CreateGameAsync(maxPlayers: 20);

        await Task.WhenAll(Enumerable.Range(1, 8).Select(player =>
            Service<ParticipationService>().JoinAsync(Member(player.ToString()), game.Id, Timeout)));

        Assert.Equal(game.Version + 8, await StoredVersionAsync(game.Id));
    }

    [Fact]
    public async Task A_game_answered_by_a_change_carries_the_version_that_change_gave_it()
    {
        var game = await CreateGameAsync();

        var joined = Assert.IsType<Joined>(await Service<ParticipationService>().JoinAsync(Member("1"), game.Id, Timeout)).Game;
        Assert.Equal(await StoredVersionAsync(game.Id), joined.Version);

        var edited = Assert.IsType<GameSaved>(
            await Service<GameService>().UpdateAsync(Host, game.Id, new GameEdit { Title = "Renamed" }, Timeout)).Game;
        Assert.Equal(await StoredVersionAsync(game.Id), edited.Version);
    }

    [Fact]
    public async Task A_roster_change_says_it_changed_only_the_roster_and_an_edit_does_not()
    {
        var game = await CreateGameAsync(maxPlayers: 1);
        await Service<ParticipationService>().JoinAsync(Member("1"), game.Id, Timeout);
        Assert.True((await LastEventAsync(game.Id)).Data.RosterOnly);

        await Service<ParticipationService>().JoinAsync(Member("2"), game.Id, Timeout);
        await Service<GameService>().UpdateAsync(Host, game.Id, new GameEdit { MaxPlayers = 2 }, Timeout);

        var edit = (await LastEventAsync(game.Id)).Data;
        Assert.False(edit.RosterOnly);
        Assert.Equal([new ParticipantChange("2", ParticipantChangeKind.Promoted)], edit.ParticipantChanges);
    }
}
