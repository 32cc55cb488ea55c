using GameScheduler.Core.Games;

namespace GameScheduler.Core.Schedules;

/// <summary>
/// A claimed tidying of a game's announcement: delete <see cref="MessageId"/> from <see cref="ChannelId"/> (when there is
/// one) and, to archive, first post a summary of <see cref="Game"/> in <see cref="ArchiveChannelId"/> unless
/// <see cref="ArchiveMessageId"/> says it was posted already.
/// </summary>
public sealed record DueTidy(
    long EntryId,
    GameView Game,
    AfterGame AfterGame,
    string ChannelId,
    string? MessageId,
    string? ArchiveChannelId,
    string? ArchiveMessageId);
