using System.Text.Json;
using System.Text.Json.Serialization;
using GameScheduler.DiscordEmulator.Control;
using GameScheduler.DiscordEmulator.Faults;
using GameScheduler.DiscordEmulator.Gateway;
using GameScheduler.DiscordEmulator.Interactions;
using GameScheduler.DiscordEmulator.OAuth;
using GameScheduler.DiscordEmulator.RateLimits;
using GameScheduler.DiscordEmulator.Rest;
using GameScheduler.DiscordEmulator.State;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GameScheduler.DiscordEmulator;

public static class EmulatorHosting
{
    public static WebApplicationBuilder AddDiscordEmulator(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<EmulatorOptions>()
            .Bind(builder.Configuration.GetSection(EmulatorOptions.SectionName))
            .Validate(
                options => !string.IsNullOrWhiteSpace(options.BotToken)
                    && !string.IsNullOrWhiteSpace(options.ApplicationId)
                    && !string.IsNullOrWhiteSpace(options.ClientSecret)
                    && options.HeartbeatIntervalMs > 0,
                "Emulator:BotToken, Emulator:ApplicationId and Emulator:ClientSecret must be set and Emulator:HeartbeatIntervalMs positive.")
            .ValidateOnStart();

        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddDiscordAuthentication();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => SeedLoader.Load(provider.GetRequiredService<IOptions<EmulatorOptions>>().Value.SeedFile));
        services.AddSingleton<SnowflakeGenerator>();
        services.AddSingleton<DiscordDirectory>();
        services.AddSingleton<MessageStore>();
        services.AddSingleton<ApplicationCommandStore>();
        services.AddSingleton<EmulatorStats>();
        services.AddSingleton<DiscordJson>();
        services.AddSingleton<MessagePayloadReader>();
        services.AddSingleton<RateLimiter>();
        services.AddSingleton<RateLimitFaults>();
        services.AddSingleton<OutageFaults>();
        services.AddSingleton<GatewaySessions>();
        services.AddSingleton<InteractionStore>();
        services.AddSingleton<InteractionFactory>();
        services.AddSingleton<OAuthGrants>();
        services.AddSingleton<MessageViews>();
        return builder;
    }

    public static WebApplication MapDiscordEmulator(this WebApplication app)
    {
        // Load the seed now, so a missing or inconsistent seed file stops the start with its message.
        app.Services.GetRequiredService<DiscordDirectory>();

        app.MapDiscordApi();
        app.MapGateway();
        app.MapOAuthAuthorize();
        app.MapEmulatorControl();
        return app;
    }
}
