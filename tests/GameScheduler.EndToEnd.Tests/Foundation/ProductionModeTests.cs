using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Foundation;

/// <summary>
/// Which Discord the AppHost wires in: the emulator only in Development with no Discord parameters, discord.com with all
/// three, and a refusal naming the parameters otherwise. The bot token reaches the bot alone.
/// </summary>
public sealed class ProductionModeTests
{
    private static readonly string[] DiscordParameters = ["discord-bot-token", "discord-application-id", "discord-client-secret"];

    [Theory]
    [InlineData("--environment=Production")]
    [InlineData("--environment=Staging")]
    public async Task Outside_development_the_apphost_refuses_to_start_without_the_discord_parameters(string environment)
    {
        var refusal = await Assert.ThrowsAnyAsync<Exception>(() => AppHostModel.BuildAsync(environment, "--Infrastructure:Mode=local"));

        var message = Messages(refusal);
        Assert.All(DiscordParameters, parameter => Assert.Contains(parameter, message));
    }

    [Theory]
    [InlineData("--environment=Development")]
    [InlineData("--environment=Production")]
    public async Task Only_some_discord_parameters_are_refused_naming_the_missing_ones(string environment)
    {
        var refusal = await Assert.ThrowsAnyAsync<Exception>(() => AppHostModel.BuildAsync(
            environment, "--Infrastructure:Mode=local", "--Parameters:discord-bot-token=a-token"));

        Assert.Contains("discord-application-id, discord-client-secret are missing", Messages(refusal));
    }

    [Fact]
    public async Task With_the_discord_parameters_production_uses_discord_com_and_no_emulator()
    {
        await using var model = await AppHostModel.BuildAsync(
            "--environment=Production", "--Infrastructure:Mode=local",
            "--Parameters:discord-bot-token=a-token", "--Parameters:discord-application-id=1234",
            "--Parameters:discord-client-secret=a-secret");

        Assert.DoesNotContain(model.Resources, resource => resource.Name == "discord");
        var api = await model.EnvironmentAsync("api");
        var bot = await model.EnvironmentAsync("bot");
        Assert.Equal("https://discord.com/api/v10", api["Discord__ApiBaseUrl"]);
        Assert.Equal("https://discord.com/oauth2/authorize", api["Discord__AuthorizeUrl"]);
        Assert.Equal("https://discord.com/api/v10", bot["Discord__ApiBaseUrl"]);
        Assert.Equal("{discord-bot-token.value}", bot["Discord__BotToken"]);
        Assert.Equal("{discord-client-secret.value}", api["Discord__ClientSecret"]);
    }

    [Fact]
    public async Task In_development_the_emulator_has_no_external_endpoint_and_only_the_bot_gets_a_bot_token()
    {
        await using var model = await AppHostModel.BuildAsync("--environment=Development", "--Infrastructure:Mode=local");

        var emulator = model.Resources.Single(resource => resource.Name == "discord");
        Assert.All(emulator.Annotations.OfType<EndpointAnnotation>(), endpoint => Assert.False(endpoint.IsExternal, endpoint.Name));
        var api = await model.EnvironmentAsync("api");
        var bot = await model.EnvironmentAsync("bot");
        Assert.DoesNotContain("Discord__BotToken", api.Keys);
        Assert.DoesNotContain("Discord__ClientSecret", bot.Keys);
        Assert.Contains("Discord__BotToken", bot.Keys);
        Assert.Contains("Discord__ClientSecret", api.Keys);
    }

    private static string Messages(Exception exception) =>
        string.Join(Environment.NewLine, Enumerable.Repeat(exception, 1)
            .Concat(exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions : [])
            .SelectMany(Chain)
            .Select(e => e.Message));

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }
}
