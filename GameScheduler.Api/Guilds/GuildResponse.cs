using GameScheduler.Core.Guilds;

namespace GameScheduler.Api.Guilds;

public sealed record GuildResponse(string Id, string Name, string? IconUrl, bool IsBotManager, IReadOnlyList<string> BotManagerRoleIds)
{
    public static GuildResponse Of(GuildView guild) => new(
        guild.Id,
        guild.Name,
        guild.IconHash is null ? null : $"https://cdn.discordapp.com/icons/{guild.Id}/{guild.IconHash}.png",
        guild.IsBotManager,
        guild.BotManagerRoleIds);
}
