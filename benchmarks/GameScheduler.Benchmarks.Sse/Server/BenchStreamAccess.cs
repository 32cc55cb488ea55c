using System.Security.Claims;
using GameScheduler.Api.Realtime;
using GameScheduler.Core.Members;
using GameScheduler.Core.Users;

namespace GameScheduler.Benchmarks.Sse.Server;

/// <summary>Stream access for the synthetic users: each is in one guild, and their session never ends.</summary>
internal sealed class BenchStreamAccess(int guilds) : IStreamAccess
{
    public Task<Caller> SubscriberAsync(HttpContext context, CancellationToken ct)
    {
        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        return Task.FromResult(Caller.InGuild(new UserProfile(userId, userId, userId), Membership.WithoutRoles(userId, GuildOf(userId))));
    }

    public Task<IReadOnlySet<string>?> RecheckAsync(HttpContext context, CancellationToken ct) =>
        Task.FromResult<IReadOnlySet<string>?>(new HashSet<string> { GuildOf(context.User.FindFirstValue(ClaimTypes.NameIdentifier)!) });

    private string GuildOf(string userId) => BenchUsers.GuildOf(BenchUsers.IndexOf(userId), guilds);
}
