using GameScheduler.Api.Realtime;

namespace GameScheduler.Api.Tests.Realtime;

/// <summary>Guild lists held in memory; counts the users each read asked for.</summary>
internal sealed class FakeGuildListCache : IGuildListCache
{
    private readonly Dictionary<string, IReadOnlySet<string>> _lists = [];

    public List<IReadOnlyList<string>> Reads { get; } = [];

    public void Set(string userId, params string[] guildIds) => _lists[userId] = guildIds.ToHashSet();

    public Task<IReadOnlySet<string>?[]> GuildIdsAsync(IReadOnlyList<string> userIds, CancellationToken ct)
    {
        Reads.Add(userIds);
        return Task.FromResult(userIds.Select(userId => _lists.GetValueOrDefault(userId)).ToArray());
    }

    public Task ForgetAsync(string userId, CancellationToken ct)
    {
        _lists.Remove(userId);
        return Task.CompletedTask;
    }
}
