using GameScheduler.Bot.Tests.Infrastructure;
using GameScheduler.Discord.Models;

namespace GameScheduler.Bot.Tests.Interactions;

/// <summary>Button clicks as the gateway delivers them, in the harness's guild and channel.</summary>
internal static class Clicks
{
    public static Interaction Button(string customId, DateTimeOffset clicked, string userId, string token) => new(
        Id: Snowflake.At(clicked),
        ApplicationId: "1100000000000000001",
        Type: InteractionType.MessageComponent,
        Token: token,
        Data: new InteractionData(CustomId: customId, ComponentType: 2),
        GuildId: DatabaseHarness.GuildId,
        ChannelId: DatabaseHarness.ChannelId,
        Member: new GuildMember(new User(userId, $"user{userId}"), Roles: [], Permissions: "0"));
}
