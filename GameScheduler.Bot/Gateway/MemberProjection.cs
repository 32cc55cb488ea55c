using GameScheduler.Core.Members;
using GameScheduler.Discord.Models;
using StackExchange.Redis;

namespace GameScheduler.Bot.Gateway;

/// <summary>
/// Who is in which guild with which roles, as the gateway reports it, kept in Valkey in the layout
/// <see cref="MemberProjectionKeys"/> names: per guild, what it calls each member; per user, their roles in each guild
/// they share with the bot (which the Api reads to apply role rules). GUILD_CREATE replaces a guild's members; member
/// add, update and remove events keep them current.
/// </summary>
internal sealed class MemberProjection(IConnectionMultiplexer valkey)
{
    private IDatabase Store => valkey.GetDatabase();

    public async Task ReplaceGuildAsync(string guildId, IReadOnlyList<GuildMember> members)
    {
        var current = members
            .Where(member => member.User is not null)
            .DistinctBy(member => member.User!.Id)
            .ToDictionary(member => member.User!.Id);
        var previous = await Store.HashKeysAsync(MemberProjectionKeys.GuildMembers(guildId));

        var transaction = Store.CreateTransaction();
        var writes = new List<Task> { transaction.KeyDeleteAsync(MemberProjectionKeys.GuildMembers(guildId)) };
        if (current.Count > 0)
        {
            writes.Add(transaction.HashSetAsync(MemberProjectionKeys.GuildMembers(guildId),
                [.. current.Select(entry => new HashEntry(entry.Key, Name(entry.Value)))]));
        }

        writes.AddRange(previous.Select(userId => (string)userId!).Where(userId => !current.ContainsKey(userId))
            .Select(departed => transaction.HashDeleteAsync(MemberProjectionKeys.MemberRoles(departed), guildId)));
        writes.AddRange(current.Select(entry =>
            transaction.HashSetAsync(MemberProjectionKeys.MemberRoles(entry.Key), guildId, Roles(entry.Value))));
        await transaction.ExecuteAsync();
        await Task.WhenAll(writes);
    }

    public async Task UpsertAsync(string guildId, GuildMember member)
    {
        if (member.User is not { } user) return;
        var batch = Store.CreateBatch();
        var named = batch.HashSetAsync(MemberProjectionKeys.GuildMembers(guildId), user.Id, Name(member));
        var roles = batch.HashSetAsync(MemberProjectionKeys.MemberRoles(user.Id), guildId, Roles(member));
        batch.Execute();
        await Task.WhenAll(named, roles);
    }

    public async Task RemoveAsync(string guildId, string userId)
    {
        var batch = Store.CreateBatch();
        var unnamed = batch.HashDeleteAsync(MemberProjectionKeys.GuildMembers(guildId), userId);
        var unlisted = batch.HashDeleteAsync(MemberProjectionKeys.MemberRoles(userId), guildId);
        batch.Execute();
        await Task.WhenAll(unnamed, unlisted);
    }

    /// <summary>The user's standing in every guild they share with the bot: their roles, without permissions.</summary>
    public async Task<IReadOnlyList<Membership>> MembershipsOfAsync(string userId) =>
        [.. (await Store.HashGetAllAsync(MemberProjectionKeys.MemberRoles(userId))).Select(entry =>
            new Membership(userId, entry.Name!, MemberProjectionKeys.DecodeRoles(entry.Value!), CanManageGuild: false))];

    /// <summary>What the guild calls each of these users; users the projection does not know are left out.</summary>
    public async Task<MemberNames> NamesAsync(string guildId, IReadOnlyList<string> userIds)
    {
        if (userIds.Count == 0) return MemberNames.None;
        var names = await Store.HashGetAsync(MemberProjectionKeys.GuildMembers(guildId), [.. userIds.Select(userId => (RedisValue)userId)]);
        var known = userIds.Zip(names).Where(pair => pair.Second.HasValue).DistinctBy(pair => pair.First)
            .ToDictionary(pair => pair.First, pair => (string)pair.Second!);
        return new MemberNames(known);
    }

    private static string Name(GuildMember member) => member.DisplayName ?? member.User!.Username;

    private static string Roles(GuildMember member) => MemberProjectionKeys.EncodeRoles(member.Roles);
}
