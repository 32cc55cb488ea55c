namespace GameScheduler.Api.Realtime;

/// <summary>The users' guild lists as the Api cached them (Valkey, five minutes), read without calling Discord.</summary>
public interface IGuildListCache
{
    /// <summary>Each user's guild ids, in the order asked, or null where no list is cached.</summary>
    Task<IReadOnlySet<string>?[]> GuildIdsAsync(IReadOnlyList<string> userIds, CancellationToken ct);

    /// <summary>Drops a user's cached list, so the next read asks Discord again.</summary>
    Task ForgetAsync(string userId, CancellationToken ct);
}
