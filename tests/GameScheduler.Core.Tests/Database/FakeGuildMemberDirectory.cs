using System.Collections.Concurrent;
using GameScheduler.Core.Members;
using GameScheduler.Core.Users;

namespace GameScheduler.Core.Tests.Database;

/// <summary>Guild members by guild and user id, standing in for the bot's member projection.</summary>
public sealed class FakeGuildMemberDirectory : IGuildMemberDirectory
{
    private readonly ConcurrentDictionary<(string GuildId, string UserId), string> names = new();

    public void Add(string guildId, string userId, string name) => names[(guildId, userId)] = name;

    public Task<UserProfile?> FindAsync(string guildId, string userId, CancellationToken cancellationToken) =>
        Task.FromResult(names.TryGetValue((guildId, userId), out var name) ? new UserProfile(userId, name, name) : null);
}
