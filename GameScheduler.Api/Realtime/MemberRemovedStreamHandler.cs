using GameScheduler.Api.Guilds;
using GameScheduler.Core.Events;
using GameScheduler.Messaging;

namespace GameScheduler.Api.Realtime;

/// <summary>Revokes a removed member's streams from the guild at once, and forgets what was cached of their guilds.</summary>
internal sealed class MemberRemovedStreamHandler(
    ConnectionRegistry connections,
    GuildMembership membership,
    ILogger<MemberRemovedStreamHandler> logger) : IIntegrationEventHandler<GuildMemberRemoved>
{
    public Task HandleAsync(EventEnvelope<GuildMemberRemoved> envelope, CancellationToken ct) => RevokeAsync(envelope.Data, ct);

    private async Task RevokeAsync(GuildMemberRemoved removed, CancellationToken ct)
    {
        connections.Revoke(removed.GuildId, removed.UserId);
        await membership.ForgetAsync(removed.UserId, ct);
        logger.LogInformation("Revoked the streams of user {UserId} from guild {GuildId}.", removed.UserId, removed.GuildId);
    }
}
