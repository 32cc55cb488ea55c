namespace GameScheduler.Core.Members;

/// <summary>
/// The Valkey layout of the bot's member projection: the bot writes it from the gateway, the Api reads members' roles
/// from it. Plain key names and value encodings, so that the writer and the reader share one definition while Core
/// stays free of any cache client.
/// </summary>
public static class MemberProjectionKeys
{
    private const char RoleSeparator = ',';

    /// <summary>A hash of one guild's members: user id → what the guild calls them.</summary>
    public static string GuildMembers(string guildId) => $"bot:guild-members:{guildId}";

    /// <summary>A hash of one user's guilds that the bot is in: guild id → their role ids there (<see cref="EncodeRoles"/>).</summary>
    public static string MemberRoles(string userId) => $"bot:member-roles:{userId}";

    public static string EncodeRoles(IEnumerable<string> roleIds) => string.Join(RoleSeparator, roleIds);

    public static IReadOnlySet<string> DecodeRoles(string encoded) =>
        encoded.Split(RoleSeparator, StringSplitOptions.RemoveEmptyEntries).ToHashSet();
}
