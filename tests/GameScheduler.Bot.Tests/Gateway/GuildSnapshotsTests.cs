using GameScheduler.Bot.Gateway;
using GameScheduler.Discord.Models;
using CorePermissionOverwrite = GameScheduler.Core.Guilds.PermissionOverwrite;
using CorePermissionOverwriteType = GameScheduler.Core.Guilds.PermissionOverwriteType;

namespace GameScheduler.Bot.Tests.Gateway;

public sealed class GuildSnapshotsTests
{
    private const string BotUserId = "900";

    [Fact]
    public void A_guild_create_gives_each_channel_its_overwrites_and_the_guild_the_bots_roles()
    {
        var guild = new Guild("1", "Guild", OwnerId: "2",
            Roles: [new Role("1", "@everyone", "1024"), new Role("3", "Bots", "2048")],
            Channels:
            [
                new Channel("10", ChannelType.GuildText, "1", "staff",
                    PermissionOverwrites: [new PermissionOverwrite("1", PermissionOverwriteType.Role, "0", "1024"), new PermissionOverwrite("2", PermissionOverwriteType.Member, "3072", "0")]),
                new Channel("11", ChannelType.GuildVoice, "1", "voice"),
            ],
            Members: [new GuildMember(new User("2", "owner"), []), new GuildMember(new User(BotUserId, "bot"), ["3"])]);

        var snapshot = GuildSnapshots.From(guild, BotUserId);

        var channel = Assert.Single(snapshot.Channels);
        Assert.Equal(
            [new CorePermissionOverwrite("1", CorePermissionOverwriteType.Role, 0, 1024), new CorePermissionOverwrite("2", CorePermissionOverwriteType.Member, 3072, 0)],
            channel.PermissionOverwrites);
        Assert.Equal(["3"], snapshot.BotRoleIds);
    }

    [Fact]
    public void A_guild_create_without_the_bots_member_leaves_it_no_roles() =>
        Assert.Empty(GuildSnapshots.From(new Guild("1", "Guild", OwnerId: "2"), BotUserId).BotRoleIds);
}
