using GameScheduler.Api.Realtime;
using GameScheduler.Core.Members;
using GameScheduler.Core.Users;

namespace GameScheduler.Api.Tests.Realtime;

/// <summary>A stream holder whose session and guilds the test changes at will.</summary>
internal sealed class FakeStreamAccess(string userId, params string[] guildIds) : IStreamAccess
{
    public bool SessionEnded { get; set; }

    public IReadOnlySet<string> GuildIds { get; set; } = guildIds.ToHashSet();

    public Task<Caller> SubscriberAsync(HttpContext context, CancellationToken ct) =>
        Task.FromResult(Caller.Of(new UserProfile(userId, userId, userId), GuildIds.Select(guildId => Membership.WithoutRoles(userId, guildId))));

    public Task<IReadOnlySet<string>?> RecheckAsync(HttpContext context, CancellationToken ct) =>
        Task.FromResult(SessionEnded ? null : GuildIds);
}
