using GameScheduler.Core.Participants;

namespace GameScheduler.Core.Games;

/// <summary>New games made from another one (a clone, the next game of a series): same host, channel, template, settings and choices.</summary>
internal static class GameCopies
{
    /// <param name="settings">The source's settings, with what differs in the copy (its start at least).</param>
    /// <param name="seriesId">The series the copy continues; null for a game of its own.</param>
    public static Game Of(Game source, GameSettings settings, DateTimeOffset now, Guid? seriesId = null, int seriesNumber = 1)
    {
        var game = new Game
        {
            Id = Guid.CreateVersion7(now),
            GuildId = source.GuildId,
            Guild = source.Guild,
            ChannelId = source.ChannelId,
            Channel = source.Channel,
            TemplateId = source.TemplateId,
            HostId = source.HostId,
            Host = source.Host,
            Title = source.Title,
            LockedFields = [.. source.LockedFields],
            Status = GameStatus.Scheduled,
            SeriesId = seriesId,
            SeriesNumber = seriesNumber,
            CreatedAt = now,
            UpdatedAt = now,
        };
        settings.ApplyTo(game);
        AnnouncementTidy.Of(source).ApplyTo(game);
        return game;
    }

    /// <summary>The same seat claim on another game; keeping kind, position and join time keeps the roster's order.</summary>
    public static Participant SeatOf(Participant player, Guid gameId, DateTimeOffset now, bool awaitingConfirmation = false) => new()
    {
        Id = Guid.CreateVersion7(now),
        GameId = gameId,
        UserId = player.UserId,
        User = player.User,
        PlaceholderName = player.PlaceholderName,
        PositionType = player.PositionType,
        Position = player.Position,
        JoinedAt = player.JoinedAt,
        AwaitingConfirmation = awaitingConfirmation,
    };
}
