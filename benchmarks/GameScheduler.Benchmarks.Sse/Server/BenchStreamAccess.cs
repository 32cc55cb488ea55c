using System.Security.Claims;
using GameScheduler.Api.Realtime;

namespace GameScheduler.Benchmarks.Sse.Server;

/// <summary>Stream access for the synthetic users: each is in one guild, and their session never ends.</summary>
internal sealed class BenchStreamAccess(int guilds) : IStreamAccess
{
    public Task<StreamSubscriber> SubscriberAsync(HttpContext context, CancellationToken ct)
    {
        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        return Task.FromResult(new StreamSubscriber(userId, GuildIdsOf(userId)));
    }

    public Task<IReadOnlySet<string>?> RecheckAsync(HttpContext context, CancellationToken ct) =>
        Task.FromResult<IReadOnlySet<string>?>(GuildIdsOf(context.User.FindFirstValue(ClaimTypes.NameIdentifier)!));

    private HashSet<string> GuildIdsOf(string userId) => [BenchUsers.GuildOf(BenchUsers.IndexOf(userId), guilds)];
}
