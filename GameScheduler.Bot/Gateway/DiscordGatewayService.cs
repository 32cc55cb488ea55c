using GameScheduler.Bot.Interactions;
using GameScheduler.Discord.Gateway;

namespace GameScheduler.Bot.Gateway;

/// <summary>
/// Runs the bot's gateway session for the life of the process and routes its events. A close code that reconnecting
/// cannot fix (a bad token, say) ends it with a <see cref="DiscordGatewayException"/>, which stops the bot: that needs a
/// person, not a retry loop.
/// </summary>
internal sealed class DiscordGatewayService(GatewayClient gateway, GuildEvents guilds, InteractionRouter interactions) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        gateway.Ready += guilds.OnReadyAsync;
        gateway.GuildCreate += guilds.OnGuildCreateAsync;
        gateway.GuildUpdate += guilds.OnGuildUpdateAsync;
        gateway.GuildDelete += guilds.OnGuildDeleteAsync;
        gateway.GuildRoleCreate += guilds.OnRoleChangedAsync;
        gateway.GuildRoleUpdate += guilds.OnRoleChangedAsync;
        gateway.GuildRoleDelete += guilds.OnRoleDeletedAsync;
        gateway.ChannelCreate += guilds.OnChannelChangedAsync;
        gateway.ChannelUpdate += guilds.OnChannelChangedAsync;
        gateway.ChannelDelete += guilds.OnChannelDeletedAsync;
        gateway.GuildMemberAdd += guilds.OnMemberChangedAsync;
        gateway.GuildMemberUpdate += guilds.OnMemberChangedAsync;
        gateway.GuildMemberRemove += guilds.OnMemberRemovedAsync;
        gateway.InteractionCreate += interactions.HandleAsync;
        try
        {
            await gateway.RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
