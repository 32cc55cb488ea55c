using GameScheduler.Core.Games;
using GameScheduler.Core.Guilds;
using GameScheduler.Core.Members;
using GameScheduler.Core.Participants;

namespace GameScheduler.Core.Tests.Rules;

/// <summary>In-memory games, players and members for the pure rule tests.</summary>
internal static class Sample
{
    public static readonly DateTimeOffset Now = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public static Guild Guild { get; } = new() { Id = "guild-1", Name = "Guild", OwnerId = "owner", BotManagerRoleIds = ["manager-role"] };

    public static Game Game(
        SignupMethod signupMethod = SignupMethod.SelfSignup,
        int maxPlayers = 2,
        GameStatus status = GameStatus.Scheduled,
        string hostId = "host",
        params string[] playerRoleIds) => new()
        {
            Id = Guid.NewGuid(),
            GuildId = Guild.Id,
            Guild = Guild,
            ChannelId = "channel-1",
            HostId = hostId,
            Title = "Board games",
            ScheduledAt = Now.AddHours(2),
            DurationMinutes = 120,
            MaxPlayers = maxPlayers,
            SignupMethod = signupMethod,
            ReminderMinutes = [60, 15],
            AllowedPlayerRoleIds = [.. playerRoleIds],
            Status = status,
        };

    /// <summary>Adds a player who joined <paramref name="joinedMinutesAgo"/> minutes before <see cref="Now"/>.</summary>
    public static Participant Join(
        this Game game,
        string userId,
        int joinedMinutesAgo = 0,
        PositionType positionType = PositionType.SelfAdded,
        int position = 0)
    {
        var participant = new Participant
        {
            Id = Guid.NewGuid(),
            GameId = game.Id,
            UserId = userId,
            PositionType = positionType,
            Position = position,
            JoinedAt = Now.AddMinutes(-joinedMinutesAgo),
        };
        game.Participants.Add(participant);
        return participant;
    }

    public static Membership Member(string userId, bool hasManageGuildPermission = false, params string[] roleIds) =>
        new(userId, Guild.Id, roleIds.ToHashSet(), hasManageGuildPermission);

    public static IEnumerable<string?> UserIds(this IEnumerable<Participant> participants) =>
        participants.Select(participant => participant.UserId);
}
