namespace GameScheduler.AppHost.Discord;

public static class DiscordExtensions
{
    private const string BotTokenParameter = "discord-bot-token";

    // The emulator's own credentials: they only open the local emulator, so they are not secrets.
    private const string EmulatorBotToken = "emulator-bot-token";
    private const string EmulatorApplicationId = "1100000000000000001";
    private const string EmulatorClientSecret = "emulator-client-secret";

    /// <summary>
    /// Uses discord.com when the parameters <c>discord-bot-token</c>, <c>discord-application-id</c> and
    /// <c>discord-client-secret</c> are set (user secrets or <c>Parameters__*</c>); otherwise starts the emulator as
    /// resource <c>discord</c>.
    /// </summary>
    public static DiscordConnection AddDiscord(this IDistributedApplicationBuilder builder) =>
        string.IsNullOrWhiteSpace(builder.Configuration[$"Parameters:{BotTokenParameter}"])
            ? AddEmulator(builder)
            : UseDiscordCom(builder);

    public static IResourceBuilder<T> WithDiscord<T>(this IResourceBuilder<T> service, DiscordConnection discord)
        where T : IResourceWithEnvironment, IResourceWithWaitSupport
    {
        service
            .WithEnvironment("Discord__ApiBaseUrl", discord.ApiBaseUrl)
            .WithEnvironment("Discord__AuthorizeUrl", discord.AuthorizeUrl)
            .WithEnvironment("Discord__BotToken", discord.BotToken)
            .WithEnvironment("Discord__ApplicationId", discord.ApplicationId)
            .WithEnvironment("Discord__ClientSecret", discord.ClientSecret);
        return discord.Emulator is null ? service : service.WaitFor(discord.Emulator);
    }

    private static DiscordConnection AddEmulator(IDistributedApplicationBuilder builder)
    {
        var emulator = builder.AddProject<Projects.GameScheduler_DiscordEmulator>("discord")
            .WithEnvironment("Emulator__BotToken", EmulatorBotToken)
            .WithEnvironment("Emulator__ApplicationId", EmulatorApplicationId)
            .WithEnvironment("Emulator__ClientSecret", EmulatorClientSecret)
            .WithExternalHttpEndpoints()
            .WithHttpHealthCheck("/health")
            .WithUrlForEndpoint("http", url => url.DisplayText = "Discord emulator")
            .WithHttpCommand("/_emulator/reset", "Reset emulator", commandOptions: new HttpCommandOptions
            {
                Description = "Back to the seed's users and memberships, with no messages; the bot syncs its guilds again.",
                ConfirmationMessage = "Reset the Discord emulator to its seed state?",
                IconName = "ArrowCounterclockwise",
            });
        var url = emulator.GetEndpoint("http");

        return new DiscordConnection(
            ReferenceExpression.Create($"{url}/api/v10"),
            ReferenceExpression.Create($"{url}/oauth2/authorize"),
            ReferenceExpression.Create($"{EmulatorBotToken}"),
            ReferenceExpression.Create($"{EmulatorApplicationId}"),
            ReferenceExpression.Create($"{EmulatorClientSecret}"),
            emulator);
    }

    private static DiscordConnection UseDiscordCom(IDistributedApplicationBuilder builder)
    {
        var botToken = builder.AddParameter(BotTokenParameter, secret: true);
        var applicationId = builder.AddParameter("discord-application-id");
        var clientSecret = builder.AddParameter("discord-client-secret", secret: true);

        return new DiscordConnection(
            ReferenceExpression.Create($"https://discord.com/api/v10"),
            ReferenceExpression.Create($"https://discord.com/oauth2/authorize"),
            ReferenceExpression.Create($"{botToken}"),
            ReferenceExpression.Create($"{applicationId}"),
            ReferenceExpression.Create($"{clientSecret}"),
            Emulator: null);
    }
}
