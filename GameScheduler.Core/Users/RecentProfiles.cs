using Microsoft.Extensions.Caching.Memory;

namespace GameScheduler.Core.Users;

/// <summary>
/// The profiles this process wrote to the users table lately. A player joining game after game brings the same
/// profile each time; remembering it spares every join after the first a write to the user's row.
/// </summary>
public sealed class RecentProfiles : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly MemoryCache profiles = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    public bool IsCurrent(UserProfile profile) => profiles.TryGetValue(profile.Id, out UserProfile? written) && written == profile;

    public void Written(UserProfile profile) =>
        profiles.Set(profile.Id, profile, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });

    public void Dispose() => profiles.Dispose();
}
