namespace GameScheduler.Core.Guilds;

/// <summary>What Discord says about a guild itself, without its channels and roles (GUILD_UPDATE carries this much).</summary>
public sealed record GuildProfile(string Id, string Name, string? IconHash, string OwnerId)
{
    public void ApplyTo(Guild guild, DateTimeOffset now)
    {
        guild.Name = Name;
        guild.IconHash = IconHash;
        guild.OwnerId = OwnerId;
        guild.UpdatedAt = now;
    }
}
