using GameScheduler.Api.Auth;
using GameScheduler.Api.Guilds;
using GameScheduler.Core.Guilds;

namespace GameScheduler.Api.Realtime;

/// <summary>
/// Stream access from the Api's session and guild membership: the guilds shown are the caller's guilds that the bot is
/// in; a re-check reads the session (so a logout ends the stream) and the cached guild list, which is fetched from
/// Discord again when it expired or was dropped after a member removal.
/// </summary>
public sealed class SessionStreamAccess(SessionStore sessions, GuildMembership membership, GuildQueries guilds) : IStreamAccess
{
    public async Task<StreamSubscriber> SubscriberAsync(HttpContext context, CancellationToken ct)
    {
        var caller = await membership.CallerAsync(context, ct);
        var visible = await guilds.ListAsync(caller, ct);
        return new StreamSubscriber(caller.UserId, visible.Select(guild => guild.Id).ToHashSet());
    }

    public async Task<IReadOnlySet<string>?> RecheckAsync(HttpContext context, CancellationToken ct)
    {
        if (await sessions.FindAsync(SessionAuthenticationHandler.CurrentToken(context)) is null)
        {
            return null;
        }

        return (await membership.GuildsAsync(context, ct)).Select(guild => guild.Id).ToHashSet();
    }
}
