using System.Text.Json;
using GameScheduler.Core.Events;
using GameScheduler.Core.Games;
using GameScheduler.Core.Members;
using GameScheduler.Core.Participants;
using GameScheduler.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Tests.Database;

public sealed class GameCloneTests(PostgresFixture postgres) : DatabaseTest(postgres)
{
    [Fact]
    public async Task A_clone_copies_the_settings_at_the_new_time_and_is_created_like_any_game()
    {
        var source = await CreateDetailedGameAsync();
        var scheduledAt = Time.GetUtcNow().AddDays(8);

        var result = await Service<GameService>().CloneAsync(Host, source.Id, new GameClone(scheduledAt, CarryOverPlayers: false), Timeout);

        var clone = Assert.IsType<GameSaved>(result).Game;
        Assert.NotEqual(source.Id, clone.Id);
        Assert.Equal(scheduledAt, clone.ScheduledAt);
        Assert.Equal(GameStatus.Scheduled, clone.Status);
        // Records compare their lists by reference, their JSON by content.
        Assert.Equal(
            JsonSerializer.Serialize(source with { Id = clone.Id, ScheduledAt = scheduledAt, CreatedAt = clone.CreatedAt, UpdatedAt = clone.UpdatedAt }),
            JsonSerializer.Serialize(clone));
        Assert.Empty(clone.Confirmed);
        Assert.Empty(clone.Waitlisted);
        var created = Assert.Single(await EventsOfGameAsync(clone.Id));
        Assert.Equal(GameCreated.EventType, created.Type);
        Assert.True(await Db().ScheduleEntries.AnyAsync(entry => entry.GameId == clone.Id, Timeout));
    }

    [Fact]
    public async Task Carrying_players_over_keeps_the_confirmed_players_and_the_waitlist_in_order()
    {
        var source = await CreateGameAsync(maxPlayers: 2);
        await Service<RosterManagementService>().AddAsync(Host, source.Id, NewParticipant.Placeholder("Zoe"), Timeout);
        foreach (var player in new[] { "7", "8", "9" })
        {
            Time.Advance(TimeSpan.FromSeconds(1));
            await Service<ParticipationService>().JoinAsync(Member(player), source.Id, Timeout);
        }
        var before = (await Service<GameQueries>().FindAsync(Host, source.Id, Timeout))!;

        var result = await Service<GameService>().CloneAsync(Host, source.Id, new GameClone(Time.GetUtcNow().AddDays(7), CarryOverPlayers: true), Timeout);

        var clone = Assert.IsType<GameSaved>(result).Game;
        Assert.Equal(["Zoe", "User 7"], clone.Confirmed.Select(player => player.DisplayName));
        Assert.Equal(["User 8", "User 9"], clone.Waitlisted.Select(player => player.DisplayName));
        Assert.Equal(before.Confirmed.Select(player => player.UserId), clone.Confirmed.Select(player => player.UserId));
        var stored = (await Service<GameQueries>().FindAsync(Host, clone.Id, Timeout))!;
        Assert.Equal(clone.Waitlisted.Select(player => player.UserId), stored.Waitlisted.Select(player => player.UserId));
        var sourceAfter = (await Service<GameQueries>().FindAsync(Host, source.Id, Timeout))!;
        Assert.Equal(before.Confirmed.Concat(before.Waitlisted).Select(player => player.Id), sourceAfter.Confirmed.Concat(sourceAfter.Waitlisted).Select(player => player.Id));
    }

    [Fact]
    public async Task A_finished_or_cancelled_game_can_be_cloned()
    {
        var source = await CreateGameAsync();
        await Service<GameService>().CancelAsync(Host, source.Id, Timeout);

        var result = await Service<GameService>().CloneAsync(Host, source.Id, new GameClone(Time.GetUtcNow().AddDays(7), false), Timeout);

        Assert.Equal(GameStatus.Scheduled, Assert.IsType<GameSaved>(result).Game.Status);
    }

    [Fact]
    public async Task Only_the_host_or_a_bot_manager_clones_a_game()
    {
        var source = await CreateGameAsync();
        var manager = Caller.InGuild(new UserProfile("6", "admin", "Admin"), new Membership("6", GuildId, new HashSet<string>(), CanManageGuild: true));
        var request = new GameClone(Time.GetUtcNow().AddDays(7), CarryOverPlayers: false);

        var byPlayer = await Service<GameService>().CloneAsync(Member("7"), source.Id, request, Timeout);
        var byManager = await Service<GameService>().CloneAsync(manager, source.Id, request, Timeout);

        Assert.Equal(new Forbidden(Refusals.NotHostOrManager), byPlayer);
        var clone = Assert.IsType<GameSaved>(byManager).Game;
        Assert.Equal(HostId, clone.Host.UserId);
        Assert.Equal(2, await Db().Games.CountAsync(Timeout));
    }

    [Fact]
    public async Task A_game_in_another_guild_or_an_unknown_game_does_not_exist_for_the_caller()
    {
        var source = await CreateGameAsync();
        var stranger = Caller.InGuild(new UserProfile("5", "stranger", "Stranger"), Membership.WithoutRoles("5", OtherGuildId));
        var request = new GameClone(Time.GetUtcNow().AddDays(7), CarryOverPlayers: true);

        var fromElsewhere = await Service<GameService>().CloneAsync(stranger, source.Id, request, Timeout);
        var unknown = await Service<GameService>().CloneAsync(Host, Guid.NewGuid(), request, Timeout);

        Assert.IsType<ResourceNotFound>(fromElsewhere);
        Assert.IsType<ResourceNotFound>(unknown);
        Assert.Equal(1, await Db().Games.CountAsync(Timeout));
    }

    [Fact]
    public async Task A_clone_into_the_past_or_without_a_time_is_refused_and_writes_nothing()
    {
        var source = await CreateGameAsync();
        await Service<ParticipationService>().JoinAsync(Member("7"), source.Id, Timeout);
        var eventsBefore = await Db().OutboxMessages.CountAsync(Timeout);

        var past = await Service<GameService>().CloneAsync(Host, source.Id, new GameClone(Time.GetUtcNow().AddMinutes(-1), true), Timeout);
        var missing = await Service<GameService>().CloneAsync(Host, source.Id, new GameClone(null, true), Timeout);

        Assert.Equal(["scheduled_at"], Assert.IsType<ValidationFailed>(past).Errors.Keys);
        Assert.Equal(["scheduled_at"], Assert.IsType<ValidationFailed>(missing).Errors.Keys);
        Assert.Equal(1, await Db().Games.CountAsync(Timeout));
        Assert.Equal(1, await Db().Participants.CountAsync(Timeout));
        Assert.Equal(eventsBefore, await Db().OutboxMessages.CountAsync(Timeout));
    }

    private async Task<GameView> CreateDetailedGameAsync()
    {
        var request = new NewGame(GuildId)
        {
            Title = "Campaign night",
            Description = "Chapter two",
            ChannelId = ChannelId,
            ScheduledAt = Time.GetUtcNow().AddDays(1),
            TimeZone = "Europe/Paris",
            DurationMinutes = 150,
            MaxPlayers = 5,
            Where = "Table 3",
            SignupMethod = SignupMethod.HostSelectedWithWaitlist,
            ReminderMinutes = [60, 15],
            AllowedPlayerRoleIds = [PlayerRoleId],
            NotifyRoleIds = [PlayerRoleId],
            SignupInstructions = "Bring dice.",
        };
        return Assert.IsType<GameSaved>(await Service<GameService>().CreateAsync(Host, request, Timeout)).Game;
    }
}
