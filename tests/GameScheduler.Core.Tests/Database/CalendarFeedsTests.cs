using GameScheduler.Core.Calendar;
using GameScheduler.Core.Games;
using GameScheduler.Core.Participants;
using GameScheduler.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Tests.Database;

public sealed class CalendarFeedsTests(PostgresFixture postgres) : DatabaseTest(postgres)
{
    private const string PlayerId = "400000000000000007";

    [Fact]
    public async Task Only_a_digest_of_the_token_is_stored_and_it_finds_the_owner()
    {
        await Service<UserDirectory>().EnsureAsync(Host.User, Timeout);

        var sealedToken = await Service<CalendarFeeds>().StoreAsync(HostId, "token-one", "sealed-one", replace: false, Timeout);

        Assert.Equal("sealed-one", sealedToken);
        Assert.Equal(HostId, await Service<CalendarFeeds>().FindOwnerAsync("token-one", Timeout));
        Assert.Null(await Service<CalendarFeeds>().FindOwnerAsync("token-two", Timeout));
        var stored = await Db().CalendarFeeds.SingleAsync(Timeout);
        Assert.DoesNotContain("token-one", System.Text.Encoding.UTF8.GetString(stored.TokenHash), StringComparison.Ordinal);
        Assert.Equal(32, stored.TokenHash.Length);
    }

    [Fact]
    public async Task A_second_first_token_keeps_the_stored_one_and_a_replacement_ends_it()
    {
        await Service<UserDirectory>().EnsureAsync(Host.User, Timeout);
        await Service<CalendarFeeds>().StoreAsync(HostId, "token-one", "sealed-one", replace: false, Timeout);

        var kept = await Service<CalendarFeeds>().StoreAsync(HostId, "token-two", "sealed-two", replace: false, Timeout);
        var replaced = await Service<CalendarFeeds>().StoreAsync(HostId, "token-three", "sealed-three", replace: true, Timeout);

        Assert.Equal("sealed-one", kept);
        Assert.Equal("sealed-three", replaced);
        Assert.Null(await Service<CalendarFeeds>().FindOwnerAsync("token-one", Timeout));
        Assert.Null(await Service<CalendarFeeds>().FindOwnerAsync("token-two", Timeout));
        Assert.Equal(HostId, await Service<CalendarFeeds>().FindOwnerAsync("token-three", Timeout));
        Assert.Equal("sealed-three", await Service<CalendarFeeds>().FindSealedTokenAsync(HostId, Timeout));
    }

    [Fact]
    public async Task The_feed_lists_games_hosted_or_joined_including_waitlisted_and_cancelled_ones()
    {
        var hosted = await CreateGameAsync(maxPlayers: 1);
        var full = await CreateGameAsync(maxPlayers: 1);
        var cancelled = await CreateGameAsync();
        var notJoined = await CreateGameAsync();
        await Service<RosterManagementService>().AddAsync(Host, full.Id, NewParticipant.Placeholder("Zoe"), Timeout);
        await Service<ParticipationService>().JoinAsync(Member(PlayerId), full.Id, Timeout);
        await Service<ParticipationService>().JoinAsync(Member(PlayerId), cancelled.Id, Timeout);
        await Service<GameService>().CancelAsync(Host, cancelled.Id, Timeout);
        Members.Add(GuildId, PlayerId, "Player");
        Members.Add(GuildId, HostId, "Host");

        var playerGames = await Service<CalendarFeeds>().GamesOfAsync(PlayerId, Timeout);
        var hostGames = await Service<CalendarFeeds>().GamesOfAsync(HostId, Timeout);

        Assert.Equal(new[] { full.Id, cancelled.Id }.Order(), playerGames.Select(game => game.Id).Order());
        Assert.Contains(playerGames.Single(game => game.Id == full.Id).Waitlisted, player => player.UserId == PlayerId);
        Assert.Equal(GameStatus.Cancelled, playerGames.Single(game => game.Id == cancelled.Id).Status);
        Assert.Equal(new[] { hosted.Id, full.Id, cancelled.Id, notJoined.Id }.Order(), hostGames.Select(game => game.Id).Order());
    }

    [Fact]
    public async Task A_user_who_left_the_server_no_longer_sees_its_games_in_the_feed_not_even_those_they_host()
    {
        var hosted = await CreateGameAsync();
        await Service<ParticipationService>().JoinAsync(Member(PlayerId), hosted.Id, Timeout);
        Members.Add(GuildId, PlayerId, "Player");

        Assert.Single(await Service<CalendarFeeds>().GamesOfAsync(PlayerId, Timeout));
        Assert.Empty(await Service<CalendarFeeds>().GamesOfAsync(HostId, Timeout));
    }
}
