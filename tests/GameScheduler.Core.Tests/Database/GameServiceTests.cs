using GameScheduler.Core.Events;
using GameScheduler.Core.Games;
using GameScheduler.Core.Members;
using GameScheduler.Core.Participants;
using GameScheduler.Core.Schedules;
using GameScheduler.Core.Templates;
using GameScheduler.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Tests.Database;

public sealed class GameServiceTests(PostgresFixture postgres) : DatabaseTest(postgres)
{
    [Fact]
    public async Task A_game_created_with_the_minimal_fields_takes_the_rest_from_the_default_template()
    {
        var scheduledAt = Time.GetUtcNow().AddDays(2);

        var result = await Service<GameService>().CreateAsync(
            Host, new NewGame(GuildId) { Title = "Catan", ScheduledAt = scheduledAt, MaxPlayers = 4 }, Timeout);

        var game = Assert.IsType<GameSaved>(result).Game;
        Assert.Equal(ChannelId, game.ChannelId);
        Assert.Equal(4, game.MaxPlayers);
        Assert.Equal(DefaultTemplate.DurationMinutes, game.DurationMinutes);
        Assert.Equal(DefaultTemplate.ReminderMinutes, game.ReminderMinutes);
        Assert.Equal(SignupMethod.SelfSignup, game.SignupMethod);
        Assert.Equal(GameStatus.Scheduled, game.Status);
        Assert.Equal(new GameHost(HostId, $"User {HostId}"), game.Host);
        Assert.True(game.Viewer.CanEdit);
        Assert.NotNull(game.TemplateId);
    }

    [Fact]
    public async Task Creating_commits_the_game_created_event_and_the_timers()
    {
        var game = await CreateGameAsync();

        var message = Assert.Single(await EventsOfGameAsync(game.Id));
        Assert.Equal(GameCreated.EventType, message.Type);
        Assert.Equal($"game.created.{GuildId}", message.RoutingKey);
        Assert.Null(message.SentAt);
        var envelope = EventJson.Deserialize<GameCreated>(System.Text.Encoding.UTF8.GetBytes(message.Payload));
        Assert.Equal(message.Id, envelope.Id);
        Assert.Equal(game.Id, envelope.Data.GameId);

        var timers = await Db().ScheduleEntries.Where(entry => entry.GameId == game.Id).OrderBy(entry => entry.DueAt).ToListAsync(Timeout);
        Assert.Equal([ScheduleKind.Reminder, ScheduleKind.Reminder, ScheduleKind.Start, ScheduleKind.Complete], timers.Select(entry => entry.Kind));
    }

    [Fact]
    public async Task Bad_input_is_reported_per_field_and_nothing_is_written()
    {
        var request = new NewGame(GuildId)
        {
            Title = new string('x', 201),
            ChannelId = "999",
            ScheduledAt = Time.GetUtcNow().AddHours(-1),
            MaxPlayers = 0,
            TimeZone = "Nowhere/Special",
        };

        var result = await Service<GameService>().CreateAsync(Host, request, Timeout);

        var errors = Assert.IsType<ValidationFailed>(result).Errors;
        Assert.Equal(["channel_id", "max_players", "scheduled_at", "time_zone", "title"], errors.Keys.Order());
        Assert.False(await Db().Games.AnyAsync(Timeout));
        Assert.False(await Db().OutboxMessages.AnyAsync(Timeout));
    }

    [Fact]
    public async Task An_unknown_channel_or_template_is_a_field_error()
    {
        var request = new NewGame(GuildId) { Title = "Catan", ScheduledAt = Time.GetUtcNow().AddDays(1), ChannelId = "999" };

        var unknownChannel = await Service<GameService>().CreateAsync(Host, request, Timeout);
        var unknownTemplate = await Service<GameService>().CreateAsync(Host, request with { TemplateId = Guid.NewGuid() }, Timeout);

        Assert.Equal(["Unknown channel."], Assert.IsType<ValidationFailed>(unknownChannel).Errors["channel_id"]);
        Assert.Equal(["Unknown template."], Assert.IsType<ValidationFailed>(unknownTemplate).Errors["template_id"]);
    }

    [Fact]
    public async Task A_guild_the_caller_is_not_in_does_not_exist_for_them()
    {
        var stranger = Caller.InGuild(new UserProfile("5", "stranger", "Stranger"), Membership.WithoutRoles("5", OtherGuildId));
        var game = await CreateGameAsync();

        var create = await Service<GameService>().CreateAsync(stranger, new NewGame(GuildId) { Title = "x", ScheduledAt = Time.GetUtcNow().AddDays(1) }, Timeout);
        var update = await Service<GameService>().UpdateAsync(stranger, game.Id, new GameEdit { Title = "Mine now" }, Timeout);
        var cancel = await Service<GameService>().CancelAsync(stranger, game.Id, Timeout);
        var join = await Service<ParticipationService>().JoinAsync(stranger, game.Id, Timeout);
        var leave = await Service<ParticipationService>().LeaveAsync(stranger, game.Id, Timeout);
        var view = await Service<GameQueries>().FindAsync(stranger, game.Id, Timeout);
        var list = await Service<GameQueries>().ListAsync(stranger, new GameListQuery(), Timeout);

        Assert.All([create, update, cancel], result => Assert.IsType<ResourceNotFound>(result));
        Assert.IsType<ResourceNotFound>(join);
        Assert.IsType<ResourceNotFound>(leave);
        Assert.Null(view);
        Assert.Equal(0, list.Total);
    }

    [Fact]
    public async Task Only_the_host_or_a_bot_manager_edits_a_game()
    {
        var game = await CreateGameAsync();
        var manager = Caller.InGuild(new UserProfile("6", "admin", "Admin"), new Membership("6", GuildId, new HashSet<string>(), CanManageGuild: true));

        var byPlayer = await Service<GameService>().UpdateAsync(Member("7"), game.Id, new GameEdit { Title = "Hijacked" }, Timeout);
        var byManager = await Service<GameService>().UpdateAsync(manager, game.Id, new GameEdit { Title = "Renamed" }, Timeout);

        Assert.Equal(new Refused(Refusals.NotHostOrManager), byPlayer);
        Assert.Equal("Renamed", Assert.IsType<GameSaved>(byManager).Game.Title);
    }

    [Fact]
    public async Task A_bot_manager_may_name_another_member_as_host_and_nobody_else_may()
    {
        var manager = Caller.InGuild(new UserProfile("6", "admin", "Admin"), new Membership("6", GuildId, new HashSet<string>(), CanManageGuild: true));
        NewGame HostedBy(NamedHost host) => new(GuildId) { Title = "Catan", ScheduledAt = Time.GetUtcNow().AddDays(2), Host = host };

        var byManager = await Service<GameService>().CreateAsync(manager, HostedBy(new NamedHost("7", new UserProfile("7", "Seven", "Seven"))), Timeout);
        var byPlayer = await Service<GameService>().CreateAsync(Member("8"), HostedBy(new NamedHost("7", new UserProfile("7", "Seven", "Seven"))), Timeout);
        var outsider = await Service<GameService>().CreateAsync(manager, HostedBy(new NamedHost("9", Member: null)), Timeout);
        var themselves = await Service<GameService>().CreateAsync(Member("8"), HostedBy(new NamedHost("8", Member("8").User)), Timeout);

        var game = Assert.IsType<GameSaved>(byManager).Game;
        Assert.Equal(new GameHost("7", "Seven"), game.Host);
        Assert.True(game.Viewer.CanEdit);
        Assert.Equal(new Forbidden(Refusals.OnlyManagersPickTheHost), byPlayer);
        Assert.Equal(["host_user_id"], Assert.IsType<ValidationFailed>(outsider).Errors.Keys);
        Assert.Equal("8", Assert.IsType<GameSaved>(themselves).Game.Host.UserId);
        Assert.Equal(2, await Db().Games.CountAsync(Timeout));
    }

    [Fact]
    public async Task Fewer_seats_demote_players_and_the_event_says_so()
    {
        var game = await CreateGameAsync(maxPlayers: 3);
        foreach (var userId in new[] { "1", "2", "3" })
        {
            await Service<ParticipationService>().JoinAsync(Member(userId), game.Id, Timeout);
            Time.Advance(TimeSpan.FromSeconds(1));
        }

        var result = await Service<GameService>().UpdateAsync(Host, game.Id, new GameEdit { MaxPlayers = 2 }, Timeout);

        var updated = Assert.IsType<GameSaved>(result).Game;
        Assert.Equal(["1", "2"], updated.Confirmed.Select(participant => participant.UserId));
        Assert.Equal(["3"], updated.Waitlisted.Select(participant => participant.UserId));
        var lastEvent = EventJson.Deserialize<GameUpdated>(System.Text.Encoding.UTF8.GetBytes((await EventsOfGameAsync(game.Id))[^1].Payload));
        Assert.Equal([new ParticipantChange("3", ParticipantChangeKind.Demoted)], lastEvent.Data.ParticipantChanges);
    }

    [Fact]
    public async Task Rescheduling_rewrites_the_pending_timers()
    {
        var game = await CreateGameAsync();
        var later = game.ScheduledAt.AddDays(1);

        await Service<GameService>().UpdateAsync(Host, game.Id, new GameEdit { ScheduledAt = later }, Timeout);

        var start = await Db().ScheduleEntries.SingleAsync(entry => entry.GameId == game.Id && entry.Kind == ScheduleKind.Start, Timeout);
        Assert.Equal(later, start.DueAt);
    }

    [Fact]
    public async Task An_edit_that_changes_nothing_writes_nothing()
    {
        var game = await CreateGameAsync();
        var eventsBefore = (await EventsOfGameAsync(game.Id)).Count;
        var scheduleBefore = await Db().ScheduleEntries.Where(entry => entry.GameId == game.Id).Select(entry => entry.Id).OrderBy(id => id).ToListAsync(Timeout);
        Time.Advance(TimeSpan.FromMinutes(5));

        var result = await Service<GameService>().UpdateAsync(Host, game.Id, new GameEdit { Title = game.Title, MaxPlayers = game.MaxPlayers }, Timeout);

        Assert.IsType<GameSaved>(result);
        var stored = await Db().Games.SingleAsync(stored => stored.Id == game.Id, Timeout);
        Assert.Equal(game.UpdatedAt, stored.UpdatedAt);
        Assert.Equal(eventsBefore, (await EventsOfGameAsync(game.Id)).Count);
        Assert.Equal(scheduleBefore, await Db().ScheduleEntries.Where(entry => entry.GameId == game.Id).Select(entry => entry.Id).OrderBy(id => id).ToListAsync(Timeout));
    }

    [Fact]
    public async Task Cancelling_drops_the_timers_writes_game_cancelled_and_closes_the_roster()
    {
        var game = await CreateGameAsync();

        var result = await Service<GameService>().CancelAsync(Host, game.Id, Timeout);

        Assert.Equal(GameStatus.Cancelled, Assert.IsType<GameSaved>(result).Game.Status);
        Assert.False(await Db().ScheduleEntries.AnyAsync(entry => entry.GameId == game.Id, Timeout));
        Assert.Equal([GameCreated.EventType, GameCancelled.EventType], (await EventsOfGameAsync(game.Id)).Select(message => message.Type));
        Assert.Equal(new Refused(Refusals.GameCancelled), await Service<ParticipationService>().JoinAsync(Member("1"), game.Id, Timeout));
        Assert.Equal(new Refused(Refusals.GameClosedForChanges), await Service<GameService>().CancelAsync(Host, game.Id, Timeout));
    }

    [Fact]
    public async Task Listing_filters_by_role_and_pages_soonest_first()
    {
        var first = await CreateGameAsync();
        Time.Advance(TimeSpan.FromMinutes(1));
        var second = await CreateGameAsync();
        await Service<ParticipationService>().JoinAsync(Member("1"), second.Id, Timeout);
        var queries = Service<GameQueries>();

        var hosted = await queries.ListAsync(Host, new GameListQuery(GuildId, Role: GameRoleFilter.Host, PageSize: 1), Timeout);
        var joined = await queries.ListAsync(Member("1"), new GameListQuery(Role: GameRoleFilter.Participant), Timeout);

        Assert.Equal(2, hosted.Total);
        Assert.Equal([first.Id], hosted.Items.Select(game => game.Id));
        Assert.Equal([second.Id], joined.Items.Select(game => game.Id));
        Assert.True(joined.Items[0].Viewer.CanLeave);
    }

    [Fact]
    public async Task A_page_far_beyond_the_last_is_empty()
    {
        await CreateGameAsync();

        var page = await Service<GameQueries>().ListAsync(Host, new GameListQuery(GuildId, Page: int.MaxValue, PageSize: GameListQuery.MaxPageSize), Timeout);

        Assert.Empty(page.Items);
        Assert.Equal(1, page.Total);
    }

    [Fact]
    public async Task A_nul_in_the_title_or_a_start_in_year_9999_is_a_field_error_on_create_and_edit()
    {
        var game = await CreateGameAsync();
        var yearMax = new DateTimeOffset(9999, 12, 31, 23, 0, 0, TimeSpan.Zero);
        var service = Service<GameService>();

        var created = await service.CreateAsync(Host, new NewGame(GuildId) { Title = "Cat\0an", ScheduledAt = yearMax }, Timeout);
        var edited = await service.UpdateAsync(Host, game.Id, new GameEdit { Title = "Cat\0an", ScheduledAt = yearMax }, Timeout);

        Assert.Equal(["scheduled_at", "title"], Assert.IsType<ValidationFailed>(created).Errors.Keys.Order());
        Assert.Equal(["scheduled_at", "title"], Assert.IsType<ValidationFailed>(edited).Errors.Keys.Order());
        Assert.Equal([game.Title], await Db().Games.Select(stored => stored.Title).ToListAsync(Timeout));
    }

    [Fact]
    public async Task The_announcement_message_id_is_remembered()
    {
        var game = await CreateGameAsync();

        Assert.True(await Service<GameService>().RecordAnnouncementAsync(game.Id, "500000000000000001", Timeout));

        var announced = await Service<GameQueries>().FindForEveryoneAsync(game.Id, Timeout);
        Assert.Equal("500000000000000001", announced!.DiscordMessageId);
        Assert.Equal(ViewerPermissions.None, announced.Viewer);
        Assert.True(announced.AcceptsSelfSignup);
    }
}
