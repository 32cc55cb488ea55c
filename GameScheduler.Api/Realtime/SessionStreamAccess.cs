using GameScheduler.Api.Auth;
using GameScheduler.Api.Guilds;
using GameScheduler.Core.Guilds;
using GameScheduler.Core.Members;

namespace GameScheduler.Api.Realtime;

/// <summary>
/// Stream access from the Api's session and guild membership: the guilds shown are the caller's guilds that the bot is
/// in; a re-check reads the session (so a logout ends the stream) and the caller's memberships, whose guild list is
/// fetched from Discord again when it expired or was dropped after a member removal.
/// </summary>
public sealed class SessionStreamAccess(SessionStore sessions, GuildMembership membership, GuildQueries guilds) : IStreamAccess
{
    public async Task<Caller> SubscriberAsync(HttpContext context, CancellationToken ct)
    {
        var caller = await membership.CallerAsync(context, ct);
        var visible = await guilds.ListAsync(caller, ct);
        return Caller.Of(caller.User, visible.Select(guild => caller.Guilds[guild.Id]));
    }

    public async Task<IReadOnlySet<string>?> RecheckAsync(HttpContext context, CancellationToken ct)
    {
        if (await sessions.FindAsync(SessionAuthenticationHandler.CurrentToken(context)) is null)
        {
            return null;
        }

        return (await membership.MembershipsAsync(context, ct)).Keys.ToHashSet();
    }
}
