using System.Security.Cryptography;
using System.Text;
using GameScheduler.Core.Data;
using GameScheduler.Core.Games;
using GameScheduler.Core.Members;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Calendar;

/// <summary>
/// Each user's one calendar feed: its token (stored as a digest, see <see cref="CalendarFeed"/>), and the games it lists —
/// those the user hosts or is on the roster of, confirmed or waitlisted, from <see cref="PastDays"/> ago on.
/// </summary>
public sealed class CalendarFeeds(GameSchedulerDbContext db, IGuildMemberDirectory members, TimeProvider time)
{
    public const int PastDays = 90;
    public const int MaxGames = 500;

    public async Task<string?> FindSealedTokenAsync(string userId, CancellationToken cancellationToken) =>
        await db.CalendarFeeds.Where(feed => feed.UserId == userId).Select(feed => feed.SealedToken).SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Stores a token for the user and answers the sealed token now in effect: with <paramref name="replace"/> the new one,
    /// which ends the old address at once; without, the one already stored, if any, so two first requests at the
    /// same time agree on one address.
    /// </summary>
    public async Task<string> StoreAsync(string userId, string token, string sealedToken, bool replace, CancellationToken cancellationToken)
    {
        var hash = Hash(token);
        var now = time.GetUtcNow();
        if (replace)
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO calendar_feeds (user_id, token_hash, sealed_token, created_at) VALUES ({userId}, {hash}, {sealedToken}, {now})
                ON CONFLICT (user_id) DO UPDATE SET token_hash = excluded.token_hash, sealed_token = excluded.sealed_token, created_at = excluded.created_at
                """, cancellationToken);
            return sealedToken;
        }

        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO calendar_feeds (user_id, token_hash, sealed_token, created_at) VALUES ({userId}, {hash}, {sealedToken}, {now})
            ON CONFLICT (user_id) DO NOTHING
            """, cancellationToken);
        return await FindSealedTokenAsync(userId, cancellationToken) ?? sealedToken;
    }

    /// <summary>The user whose feed <paramref name="token"/> opens; null for an unknown or replaced token.</summary>
    public async Task<string?> FindOwnerAsync(string token, CancellationToken cancellationToken)
    {
        var hash = Hash(token);
        return await db.CalendarFeeds.Where(feed => feed.TokenHash == hash).Select(feed => feed.UserId).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// The games of the user's feed, soonest first, as everyone sees them (no viewer); only those of servers the user is
    /// still a member of, as a left server's games are no longer theirs to see.
    /// </summary>
    public async Task<IReadOnlyList<GameView>> GamesOfAsync(string userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var since = now.AddDays(-PastDays);
        var games = await db.Games
            .Where(game => game.ScheduledAt >= since
                && (game.HostId == userId || game.Participants.Any(participant => participant.UserId == userId)))
            .OrderBy(game => game.ScheduledAt).ThenBy(game => game.Id)
            .Take(MaxGames)
            .WithDetails()
            .AsSplitQuery()
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var memberOf = new HashSet<string>();
        foreach (var guildId in games.Select(game => game.GuildId).Distinct())
        {
            if (await members.FindAsync(guildId, userId, cancellationToken) is not null) memberOf.Add(guildId);
        }
        return [.. games.Where(game => memberOf.Contains(game.GuildId)).Select(game => GameView.Of(game, viewer: null, now))];
    }

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
