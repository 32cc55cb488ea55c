using Microsoft.Extensions.Hosting;

namespace GameScheduler.AppHost.Discord;

public static class DiscordExtensions
{
    private const string BotTokenParameter = "discord-bot-token";
    private const string ApplicationIdParameter = "discord-application-id";
    private const string ClientSecretParameter = "discord-client-secret";
    private static readonly string[] Parameters = [BotTokenParameter, ApplicationIdParameter, ClientSecretParameter];

    // The emulator's own credentials: they only open the local emulator, so they are not secrets.
    private const string EmulatorBotToken = "emulator-bot-token";
    private const string EmulatorApplicationId = "1100000000000000001";
    private const string EmulatorClientSecret = "emulator-client-secret";

    /// <summary>
    /// Uses discord.com when the parameters <c>discord-bot-token</c>, <c>discord-application-id</c> and
    /// <c>discord-client-secret</c> are set (user secrets or <c>Parameters__*</c>). With none of them, Development starts
    /// the emulator as resource <c>discord</c>; any other environment, or only some of them, is refused with an
    /// exception naming what is missing.
    /// </summary>
    public static DiscordConnection AddDiscord(this IDistributedApplicationBuilder builder)
    {
        var missing = Parameters.Where(name => string.IsNullOrWhiteSpace(builder.Configuration[$"Parameters:{name}"])).ToArray();
        if (missing.Length == 0)
        {
            return UseDiscordCom(builder);
        }

        if (missing.Length == Parameters.Length && builder.Environment.IsDevelopment())
        {
            return AddEmulator(builder);
        }

        throw new DistributedApplicationException(missing.Length == Parameters.Length
            ? $"The {builder.Environment.EnvironmentName} environment talks to discord.com, so the AppHost needs the parameters " +
              $"{string.Join(", ", Parameters)} (user secrets or Parameters__* environment variables); the Discord emulator runs in Development only."
            : $"The Discord parameters {string.Join(", ", missing)} are missing: set all of {string.Join(", ", Parameters)} " +
              "(user secrets or Parameters__* environment variables), or none of them to use the Discord emulator in Development.");
    }

    /// <summary>What the bot needs: the REST and gateway base URL, the application id and the bot token.</summary>
    public static IResourceBuilder<T> WithDiscordBot<T>(this IResourceBuilder<T> service, DiscordConnection discord)
        where T : IResourceWithEnvironment, IResourceWithWaitSupport =>
        service.WithDiscord(discord, ("BotToken", discord.BotToken));

    /// <summary>What a Discord login needs: the OAuth2 application id and client secret, and never the bot token.</summary>
    public static IResourceBuilder<T> WithDiscordLogin<T>(this IResourceBuilder<T> service, DiscordConnection discord)
        where T : IResourceWithEnvironment, IResourceWithWaitSupport =>
        service.WithDiscord(discord, ("AuthorizeUrl", discord.AuthorizeUrl), ("ClientSecret", discord.ClientSecret));

    private static IResourceBuilder<T> WithDiscord<T>(
        this IResourceBuilder<T> service, DiscordConnection discord, params (string Key, ReferenceExpression Value)[] settings)
        where T : IResourceWithEnvironment, IResourceWithWaitSupport
    {
        service
            .WithEnvironment("Discord__ApiBaseUrl", discord.ApiBaseUrl)
            .WithEnvironment("Discord__ApplicationId", discord.ApplicationId);
        foreach (var (key, value) in settings)
        {
            service.WithEnvironment($"Discord__{key}", value);
        }

        return discord.Emulator is null ? service : service.WaitFor(discord.Emulator);
    }

    private static DiscordConnection AddEmulator(IDistributedApplicationBuilder builder)
    {
        // No external endpoint: its control API and its login that signs in as anyone are for this machine only.
        var emulator = builder.AddProject<Projects.GameScheduler_DiscordEmulator>("discord")
            .WithEnvironment("Emulator__BotToken", EmulatorBotToken)
            .WithEnvironment("Emulator__ApplicationId", EmulatorApplicationId)
            .WithEnvironment("Emulator__ClientSecret", EmulatorClientSecret)
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
        var applicationId = builder.AddParameter(ApplicationIdParameter);
        var clientSecret = builder.AddParameter(ClientSecretParameter, secret: true);

        return new DiscordConnection(
            ReferenceExpression.Create($"https://discord.com/api/v10"),
            ReferenceExpression.Create($"https://discord.com/oauth2/authorize"),
            ReferenceExpression.Create($"{botToken}"),
            ReferenceExpression.Create($"{applicationId}"),
            ReferenceExpression.Create($"{clientSecret}"),
            Emulator: null);
    }
}
