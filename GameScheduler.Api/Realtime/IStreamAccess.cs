using GameScheduler.Core.Members;

namespace GameScheduler.Api.Realtime;

/// <summary>Who is opening a stream, and whether they may still hold it.</summary>
public interface IStreamAccess
{
    /// <summary>The authenticated caller with only the guilds whose events they may see.</summary>
    Task<Caller> SubscriberAsync(HttpContext context, CancellationToken ct);

    /// <summary>Re-checks an open stream: the guilds its user is in now, or null when its session has ended.</summary>
    Task<IReadOnlySet<string>?> RecheckAsync(HttpContext context, CancellationToken ct);
}
