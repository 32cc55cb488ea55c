using GameScheduler.Core.Events;
using GameScheduler.Core.Games;
using GameScheduler.Core.Participants;
using GameScheduler.Core.Users;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GameScheduler.Core.Tests.Database;

/// <summary>The one write path of every roster change: its round trips, its columns and what it stores.</summary>
public sealed class RosterTransactionTests(PostgresFixture postgres) : DatabaseTest(postgres)
{
    [Fact]
    public async Task Every_roster_change_takes_two_round_trips()
    {
        var game = await CreateGameAsync(maxPlayers: 1);
        Members.Add(GuildId, "3", "Three");
        var participation = Service<ParticipationService>();
        var roster = Service<RosterManagementService>();

        Assert.Equal(2, await RoundTripsOfAsync(() => participation.JoinAsync(Member("1"), game.Id, Timeout)));
        Assert.Equal(2, await RoundTripsOfAsync(() => participation.JoinAsync(Member("2"), game.Id, Timeout)));
        Assert.Equal(2, await RoundTripsOfAsync(() => participation.LeaveAsync(Member("1"), game.Id, Timeout)));
        Assert.Equal(2, await RoundTripsOfAsync(() => roster.AddAsync(Host, game.Id, NewParticipant.ForUser("3"), Timeout)));
        var added = Assert.IsType<ParticipantAdded>(await roster.AddAsync(Host, game.Id, NewParticipant.Placeholder("Vinny"), Timeout)).Game;
        var ids = added.Confirmed.Concat(added.Waitlisted).Select(participant => participant.Id).ToList();
        Assert.Equal(2, await RoundTripsOfAsync(() => roster.ReorderAsync(Host, game.Id, [.. Enumerable.Reverse(ids)], Timeout)));
        Assert.Equal(2, await RoundTripsOfAsync(() => roster.RemoveAsync(Host, game.Id, ids[0], Timeout)));
    }

    [Fact]
    public async Task The_path_reads_every_column_of_the_game_its_guild_host_and_roster_and_inserts_every_column()
    {
        var statements = RosterStatements.Of(Db().Model);

        Assert.Equal(await ColumnsAsync("games"), statements.Games.Names.Order(StringComparer.Ordinal));
        Assert.Equal(await ColumnsAsync("guilds"), statements.Guilds.Names.Order(StringComparer.Ordinal));
        Assert.Equal(await ColumnsAsync("users"), statements.Users.Names.Order(StringComparer.Ordinal));
        Assert.Equal(await ColumnsAsync("participants"), statements.Participants.Names.Order(StringComparer.Ordinal));
        Assert.Equal(await ColumnsAsync("users", insertable: true), statements.Users.InsertedNames.Order(StringComparer.Ordinal));
        Assert.Equal(await ColumnsAsync("participants", insertable: true), statements.Participants.InsertedNames.Order(StringComparer.Ordinal));
        Assert.Equal(await ColumnsAsync("outbox_messages", insertable: true), statements.OutboxMessages.InsertedNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_join_records_the_profile_it_brings()
    {
        var game = await CreateGameAsync();
        var renamed = Member("1") with { User = new UserProfile("1", "one", "One renamed", "avatar") };
        await Service<UserDirectory>().EnsureAsync(Member("1").User, Timeout);
        Time.Advance(TimeSpan.FromMinutes(1));

        var joined = await Service<ParticipationService>().JoinAsync(renamed, game.Id, Timeout);

        var stored = await Db().Users.SingleAsync(user => user.Id == "1", Timeout);
        Assert.Equal(("One renamed", "avatar", Time.GetUtcNow()), (stored.DisplayName, stored.AvatarHash, stored.UpdatedAt));
        Assert.Equal("One renamed", Assert.IsType<Joined>(joined).Game.Confirmed.Single().DisplayName);
    }

    [Fact]
    public async Task The_hosts_changes_are_stored_with_one_event_each()
    {
        var game = await CreateGameAsync(maxPlayers: 1);
        Members.Add(GuildId, "2", "Two");
        var one = Assert.IsType<Joined>(await Service<ParticipationService>().JoinAsync(Member("1"), game.Id, Timeout)).Game.Confirmed.Single();
        Time.Advance(TimeSpan.FromSeconds(1));
        var two = Assert.IsType<ParticipantAdded>(await Service<RosterManagementService>().AddAsync(Host, game.Id, NewParticipant.ForUser("2"), Timeout))
            .Participant;
        Time.Advance(TimeSpan.FromSeconds(1));
        var placeholder = Assert.IsType<ParticipantAdded>(await Service<RosterManagementService>().AddAsync(Host, game.Id, NewParticipant.Placeholder("Vinny"), Timeout))
            .Participant;

        await Service<RosterManagementService>().ReorderAsync(Host, game.Id, [placeholder.Id, two.Id, one.Id], Timeout);
        await Service<RosterManagementService>().RemoveAsync(Host, game.Id, two.Id, Timeout);

        var stored = await Service<GameQueries>().FindAsync(Host, game.Id, Timeout);
        Assert.Equal(["Vinny"], stored!.Confirmed.Select(participant => participant.DisplayName));
        Assert.Equal(["1"], stored.Waitlisted.Select(participant => participant.UserId));
        Assert.Equal(Time.GetUtcNow(), stored.UpdatedAt);
        Assert.Equal("Two", (await Db().Users.SingleAsync(user => user.Id == "2", Timeout)).DisplayName);
        Assert.Equal(5, (await EventsOfGameAsync(game.Id)).Count(message => message.Type == GameUpdated.EventType));
    }

    [Fact]
    public async Task Adding_a_player_already_on_the_roster_writes_nothing()
    {
        var game = await CreateGameAsync();
        await Service<ParticipationService>().JoinAsync(Member("1"), game.Id, Timeout);
        Time.Advance(TimeSpan.FromMinutes(1));

        var result = await Service<RosterManagementService>().AddAsync(Host, game.Id, NewParticipant.ForUser("1"), Timeout);

        Assert.Equal("1", Assert.IsType<AlreadyOnRoster>(result).Participant.UserId);
        Assert.Equal(game.UpdatedAt, (await Service<GameQueries>().FindAsync(Host, game.Id, Timeout))!.UpdatedAt);
        Assert.Equal(2, (await EventsOfGameAsync(game.Id)).Count);
    }

    private async Task<int> RoundTripsOfAsync(Func<Task> change)
    {
        using var roundTrips = new RoundTrips(new NpgsqlConnectionStringBuilder(ConnectionString).Database!);
        await change();
        return roundTrips.Commands.Count;
    }

    /// <summary>The table's columns in the migrated database; with <paramref name="insertable"/>, those an INSERT may name.</summary>
    private async Task<IEnumerable<string>> ColumnsAsync(string table, bool insertable = false) =>
        (await Db().Database.SqlQuery<string>($"""
            SELECT column_name AS "Value" FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name = {table} AND NOT ({insertable} AND is_identity = 'YES')
            """).ToListAsync(Timeout)).Order(StringComparer.Ordinal);
}
