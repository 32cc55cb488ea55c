using GameScheduler.Benchmarks.Graph;

namespace GameScheduler.Benchmarks.Crowd;

/// <summary>
/// The page a viewer's tab shows: the guild's games (<c>BrowseGamesPage</c>: the first page of the guild's game list)
/// or one game's details (<c>GameDetailsPage</c>), and the queries that page holds active.
/// </summary>
internal sealed record ViewerPage(AnnouncedGame? Game)
{
    /// <summary>The list's page size, as <c>GameList</c> asks for it.</summary>
    private const int ListPageSize = 20;

    public static ViewerPage GuildGames { get; } = new((AnnouncedGame?)null);

    /// <summary>The request of the page's game query: <c>listGames</c> or <c>getGame</c> in api/games.ts.</summary>
    public string GameQueryPath => Game is { } game
        ? $"/api/v1/games/{game.Id}"
        : $"/api/v1/games?guild_id={SeededGuild.Id}&page=1&page_size={ListPageSize}";

    /// <summary>
    /// Whether an update to the game makes this page refetch: <c>refetchGame</c> refetches the active details query of
    /// that game and the active lists of its guild, and nothing else.
    /// </summary>
    public bool Refetches(Guid gameId, string guildId) => guildId == SeededGuild.Id && (Game is null || Game.Id == gameId);

    /// <summary>
    /// Every query active on the page, which a <c>resync</c> refetches: the signed-in user (<c>AuthGate</c>), the guild
    /// (the page's heading, or <c>useMayManage</c> on a game) and the page's game query.
    /// </summary>
    public IEnumerable<string> ActiveQueryPaths => ["/api/v1/auth/user", $"/api/v1/guilds/{SeededGuild.Id}", GameQueryPath];
}
