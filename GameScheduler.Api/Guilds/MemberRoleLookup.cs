using System.Net;
using GameScheduler.Discord.Rest;

namespace GameScheduler.Api.Guilds;

/// <summary>
/// A user's roles in guilds the bot shares with them, read with the bot's token: the user's own OAuth token lists
/// their guilds and permissions but not their roles, which bot-manager, host and player-role rules need.
/// </summary>
public sealed class MemberRoleLookup(DiscordRestClient discord, ILogger<MemberRoleLookup> logger)
{
    public async Task<Dictionary<string, string[]>> RolesAsync(string userId, IEnumerable<string> guildIds, CancellationToken ct)
    {
        var roles = await Task.WhenAll(guildIds.Select(async guildId => (GuildId: guildId, Roles: await RolesInAsync(guildId, userId, ct))));
        return roles.ToDictionary(entry => entry.GuildId, entry => entry.Roles);
    }

    private async Task<string[]> RolesInAsync(string guildId, string userId, CancellationToken ct)
    {
        try
        {
            return [.. (await discord.GetGuildMemberAsync(guildId, userId, ct)).Roles];
        }
        catch (DiscordApiException exception) when (exception.Status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
        {
            // The user left since their guild list was read, or the bot lost access: no role to grant anything by.
            logger.LogInformation("No member roles for user {UserId} in guild {GuildId}: Discord code {DiscordCode}",
                userId, guildId, exception.Code);
            return [];
        }
    }
}
