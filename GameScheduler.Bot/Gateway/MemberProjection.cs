using StackExchange.Redis;
using DiscordMember = GameScheduler.Discord.Models.GuildMember;

namespace GameScheduler.Bot.Gateway;

/// <summary>
/// Who is in which guild, as the gateway reports it, kept in Valkey: <c>bot:guild-members:{guild}</c> maps each member's
/// user id to what the guild calls them, <c>bot:member-guilds:{user}</c> holds the guilds a user shares with the bot.
/// GUILD_CREATE replaces a guild's members; member add, update and remove events keep them current.
/// </summary>
internal sealed class MemberProjection(IConnectionMultiplexer valkey)
{
    private IDatabase Store => valkey.GetDatabase();

    public async Task ReplaceGuildAsync(string guildId, IReadOnlyList<DiscordMember> members)
    {
        var current = members
            .Where(member => member.User is not null)
            .DistinctBy(member => member.User!.Id)
            .ToDictionary(member => member.User!.Id, member => member.DisplayName ?? member.User!.Username);
        var previous = await Store.HashKeysAsync(GuildKey(guildId));

        var transaction = Store.CreateTransaction();
        var writes = new List<Task> { transaction.KeyDeleteAsync(GuildKey(guildId)) };
        if (current.Count > 0)
        {
            writes.Add(transaction.HashSetAsync(GuildKey(guildId), [.. current.Select(entry => new HashEntry(entry.Key, entry.Value))]));
        }

        writes.AddRange(previous.Select(userId => (string)userId!).Where(userId => !current.ContainsKey(userId))
            .Select(departed => transaction.SetRemoveAsync(UserKey(departed), guildId)));
        writes.AddRange(current.Keys.Select(userId => transaction.SetAddAsync(UserKey(userId), guildId)));
        await transaction.ExecuteAsync();
        await Task.WhenAll(writes);
    }

    public async Task UpsertAsync(string guildId, DiscordMember member)
    {
        if (member.User is not { } user) return;
        var batch = Store.CreateBatch();
        var named = batch.HashSetAsync(GuildKey(guildId), user.Id, member.DisplayName ?? user.Username);
        var listed = batch.SetAddAsync(UserKey(user.Id), guildId);
        batch.Execute();
        await Task.WhenAll(named, listed);
    }

    public async Task RemoveAsync(string guildId, string userId)
    {
        var batch = Store.CreateBatch();
        var unnamed = batch.HashDeleteAsync(GuildKey(guildId), userId);
        var unlisted = batch.SetRemoveAsync(UserKey(userId), guildId);
        batch.Execute();
        await Task.WhenAll(unnamed, unlisted);
    }

    public async Task<IReadOnlyList<string>> GuildsOfAsync(string userId) =>
        [.. (await Store.SetMembersAsync(UserKey(userId))).Select(guildId => (string)guildId!)];

    /// <summary>What the guild calls each of these users; users the projection does not know are left out.</summary>
    public async Task<MemberNames> NamesAsync(string guildId, IReadOnlyList<string> userIds)
    {
        if (userIds.Count == 0) return MemberNames.None;
        var names = await Store.HashGetAsync(GuildKey(guildId), [.. userIds.Select(userId => (RedisValue)userId)]);
        var known = userIds.Zip(names).Where(pair => pair.Second.HasValue).DistinctBy(pair => pair.First)
            .ToDictionary(pair => pair.First, pair => (string)pair.Second!);
        return new MemberNames(known);
    }

    private static RedisKey GuildKey(string guildId) => $"bot:guild-members:{guildId}";

    private static RedisKey UserKey(string userId) => $"bot:member-guilds:{userId}";
}
