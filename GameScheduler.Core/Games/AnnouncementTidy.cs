namespace GameScheduler.Core.Games;

/// <summary>
/// A game's choice of what happens to its announcement after the game, copied from its template when the game is made so
/// that a later template edit leaves games already made as they were.
/// </summary>
public sealed record AnnouncementTidy(AfterGame AfterGame, int DelayMinutes, string? ArchiveChannelId)
{
    public const int DefaultDelayMinutes = 24 * 60;
    public const int LongestDelayMinutes = 30 * 24 * 60;

    public static AnnouncementTidy Keep { get; } = new(AfterGame.Keep, DefaultDelayMinutes, null);

    public static AnnouncementTidy Of(Game game) => new(game.AfterGame, game.AfterGameDelayMinutes, game.ArchiveChannelId);

    public void ApplyTo(Game game)
    {
        game.AfterGame = AfterGame;
        game.AfterGameDelayMinutes = DelayMinutes;
        game.ArchiveChannelId = ArchiveChannelId;
    }
}
