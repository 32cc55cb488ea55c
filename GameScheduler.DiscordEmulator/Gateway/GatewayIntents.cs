namespace GameScheduler.DiscordEmulator.Gateway;

/// <summary>Gateway intents: which dispatches a session receives.</summary>
public static class GatewayIntents
{
    public const long Guilds = 1 << 0;
    public const long GuildMembers = 1 << 1;

    /// <summary>Bits 0-16, 20, 21, 24 and 25 are the intents Discord defines.</summary>
    private const long Defined = 0x1FFFF | (1 << 20) | (1 << 21) | (1 << 24) | (1 << 25);

    public static bool AreDefined(long intents) => intents >= 0 && (intents & ~Defined) == 0;

    public static bool Allows(long intents, string eventName) => eventName switch
    {
        GatewayEvents.GuildCreate or GatewayEvents.GuildDelete
            or GatewayEvents.GuildRoleCreate or GatewayEvents.GuildRoleUpdate or GatewayEvents.GuildRoleDelete
            or GatewayEvents.ChannelCreate or GatewayEvents.ChannelUpdate or GatewayEvents.ChannelDelete => (intents & Guilds) != 0,
        GatewayEvents.GuildMemberAdd or GatewayEvents.GuildMemberUpdate or GatewayEvents.GuildMemberRemove => (intents & GuildMembers) != 0,
        _ => true,
    };
}
