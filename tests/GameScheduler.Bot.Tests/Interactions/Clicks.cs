using GameScheduler.Bot.Interactions;
using GameScheduler.Bot.Tests.Infrastructure;
using GameScheduler.Discord.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GameScheduler.Bot.Tests.Interactions;

/// <summary>Button clicks as the gateway delivers them, in the harness's guild and channel or in a DM, and the bot that answers them.</summary>
internal static class Clicks
{
    /// <summary>The harness with the interaction router and the game buttons' handler, in a host that is running.</summary>
    public static Task<DatabaseHarness> StartBotAsync(PostgresFixture postgres) =>
        DatabaseHarness.StartAsync(postgres, services => services
            .AddSingleton<IHostApplicationLifetime, RunningHost>()
            .AddSingleton<InFlightInteractions>()
            .AddSingleton<InteractionRouter>()
            .AddScoped<GameButtonHandler>());

    public static Interaction Button(string customId, DateTimeOffset clicked, string userId, string token) => new(
        Id: Snowflake.At(clicked),
        ApplicationId: "1100000000000000001",
        Type: InteractionType.MessageComponent,
        Token: token,
        Data: new InteractionData(CustomId: customId, ComponentType: 2),
        GuildId: DatabaseHarness.GuildId,
        ChannelId: DatabaseHarness.ChannelId,
        Member: new GuildMember(new User(userId, $"user{userId}"), Roles: [], Permissions: "0"));

    /// <summary>A click on a message in the user's DMs with the bot: no guild and no member, the clicker is the top-level user.</summary>
    public static Interaction DirectMessageButton(string customId, DateTimeOffset clicked, string userId, string token) => new(
        Id: Snowflake.At(clicked),
        ApplicationId: "1100000000000000001",
        Type: InteractionType.MessageComponent,
        Token: token,
        Data: new InteractionData(CustomId: customId, ComponentType: 2),
        ChannelId: "1400000000000000001",
        User: new User(userId, $"user{userId}"));
}
