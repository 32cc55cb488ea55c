namespace GameScheduler.Core.Games;

/// <summary>
/// Filters and paging for listing games; with no guild, all the caller's guilds are listed. <see cref="ChannelId"/> keeps
/// the games announced in that channel.
/// </summary>
public sealed record GameListQuery(
    string? GuildId = null,
    GameStatus? Status = null,
    GameRoleFilter? Role = null,
    int Page = 1,
    int PageSize = 20,
    string? ChannelId = null)
{
    public const int MaxPageSize = 100;

    /// <summary>The last page whose offset still fits an <see cref="int"/> at the largest page size.</summary>
    public const int MaxPage = int.MaxValue / MaxPageSize;
}

/// <summary>Only games the caller hosts, or only games the caller is on the roster of.</summary>
public enum GameRoleFilter
{
    Host,
    Participant,
}

public sealed record GamePage(IReadOnlyList<GameView> Items, int Page, int PageSize, int Total);
