namespace GameScheduler.Discord.Gateway;

/// <summary>The event groups a session subscribes to; GUILD_MEMBERS is privileged and must be enabled for the app.</summary>
[Flags]
public enum GatewayIntents
{
    None = 0,
    Guilds = 1 << 0,
    GuildMembers = 1 << 1,
    GuildMessages = 1 << 9,
    DirectMessages = 1 << 12,
    MessageContent = 1 << 15,
}
