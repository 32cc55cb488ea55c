using GameScheduler.Core.Data;
using GameScheduler.Core.Members;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Games;

/// <summary>Reads games as views, limited to the guilds the caller is a member of.</summary>
public sealed class GameQueries(GameSchedulerDbContext db, TimeProvider time)
{
    /// <summary>The game as the caller sees it, or null when it does not exist or lies in a guild they are not in.</summary>
    public async Task<GameView?> FindAsync(Caller caller, Guid gameId, CancellationToken cancellationToken)
    {
        var game = await Details().SingleOrDefaultAsync(game => game.Id == gameId, cancellationToken);
        return game is not null && caller.MemberOf(game.Guild!) is { } member ? GameView.Of(game, member, time.GetUtcNow()) : null;
    }

    /// <summary>The game without a viewer's permissions, as everyone sees it: the Discord announcement, the live updates.</summary>
    public async Task<GameView?> FindForEveryoneAsync(Guid gameId, CancellationToken cancellationToken)
    {
        var game = await Details().SingleOrDefaultAsync(game => game.Id == gameId, cancellationToken);
        return game is null ? null : GameView.Of(game, viewer: null, time.GetUtcNow());
    }

    /// <summary>
    /// Games in the caller's guilds, soonest first. The page is clamped to 1..<see cref="GameListQuery.MaxPage"/> and its
    /// size to 1..<see cref="GameListQuery.MaxPageSize"/>.
    /// </summary>
    public async Task<GamePage> ListAsync(Caller caller, GameListQuery query, CancellationToken cancellationToken)
    {
        var page = Math.Clamp(query.Page, 1, GameListQuery.MaxPage);
        var pageSize = Math.Clamp(query.PageSize, 1, GameListQuery.MaxPageSize);
        var guildIds = caller.Guilds.Keys.Where(guildId => query.GuildId is null || guildId == query.GuildId).ToList();

        var games = db.Games.Where(game => guildIds.Contains(game.GuildId) && db.Guilds.Any(guild => guild.Id == game.GuildId));
        if (query.Status is { } status) games = games.Where(game => game.Status == status);
        if (query.ChannelId is { } channelId) games = games.Where(game => game.ChannelId == channelId);
        games = query.Role switch
        {
            GameRoleFilter.Host => games.Where(game => game.HostId == caller.UserId),
            GameRoleFilter.Participant => games.Where(game => game.Participants.Any(participant => participant.UserId == caller.UserId)),
            _ => games,
        };

        var total = await games.CountAsync(cancellationToken);
        var items = await games
            .OrderBy(game => game.ScheduledAt).ThenBy(game => game.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .WithDetails()
            .AsSplitQuery()
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        var now = time.GetUtcNow();
        var views = items.Select(game => GameView.Of(game, caller.MemberOf(game.Guild!), now)).ToList();
        return new GamePage(views, page, pageSize, total);
    }

    private IQueryable<Game> Details() => db.Games.WithDetails().AsNoTracking();
}
