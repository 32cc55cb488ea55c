using GameScheduler.Api.Guilds;
using GameScheduler.Api.Tests.Realtime;
using GameScheduler.Core.Members;
using GameScheduler.Core.Users;
using StackExchange.Redis;

namespace GameScheduler.Api.Tests.Guilds;

/// <summary>A guild's members read from the bot's member projection, in the layout the bot writes it.</summary>
[Collection(ValkeyCollection.Name)]
public sealed class GuildMemberDirectoryTests(ValkeyFixture valkey)
{
    private readonly string _guildId = Guid.NewGuid().ToString("N");

    private GuildMemberDirectory Directory => new(valkey.Connection);

    [Fact]
    public async Task A_member_is_found_under_the_name_the_guild_shows_and_anyone_else_is_not()
    {
        await ProjectAsync(("1", "Anna K."));

        Assert.Equal(new UserProfile("1", "Anna K.", "Anna K."), await Directory.FindAsync(_guildId, "1", default));
        Assert.Null(await Directory.FindAsync(_guildId, "2", default));
        Assert.Null(await Directory.FindAsync("another-guild", "1", default));
    }

    [Fact]
    public async Task Suggestions_match_part_of_the_name_ignoring_case_ordered_by_name()
    {
        await ProjectAsync(("1", "Zoe Anderson"), ("2", "andy"), ("3", "Bob"), ("4", "Sandra"));

        var found = await Directory.SearchAsync(_guildId, "AND", default);

        Assert.Equal(["andy", "Sandra", "Zoe Anderson"], found.Select(member => member.DisplayName));
        Assert.Equal(["2", "4", "1"], found.Select(member => member.UserId));
    }

    [Fact]
    public async Task At_most_twenty_five_suggestions_come_back()
    {
        await ProjectAsync([.. Enumerable.Range(0, 40).Select(i => (i.ToString(), $"player {i:D2}"))]);

        var found = await Directory.SearchAsync(_guildId, "", default);

        Assert.Equal(GuildMemberDirectory.MaxSuggestions, found.Count);
        Assert.Equal("player 00", found[0].DisplayName);
    }

    private Task ProjectAsync(params (string UserId, string Name)[] members) =>
        valkey.Connection.GetDatabase().HashSetAsync(MemberProjectionKeys.GuildMembers(_guildId),
            [.. members.Select(member => new HashEntry(member.UserId, member.Name))]);
}
