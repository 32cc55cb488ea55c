using GameScheduler.Discord.Models;

namespace GameScheduler.Discord.Rest;

/// <summary>Bulk overwrite replaces the whole command set in one call, so registering at every start is idempotent.</summary>
public sealed partial class DiscordRestClient
{
    public Task<IReadOnlyList<ApplicationCommand>> OverwriteGlobalCommandsAsync(
        IReadOnlyList<ApplicationCommand> commands, CancellationToken ct) =>
        SendAsync<IReadOnlyList<ApplicationCommand>>(
            RestRoute.Create(HttpMethod.Put, "/applications/{application_id}/commands", ApplicationId), commands, ct);

    public Task<IReadOnlyList<ApplicationCommand>> OverwriteGuildCommandsAsync(
        string guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken ct) =>
        SendAsync<IReadOnlyList<ApplicationCommand>>(
            RestRoute.Create(HttpMethod.Put, "/applications/{application_id}/guilds/{guild_id}/commands", ApplicationId, guildId),
            commands,
            ct);
}
