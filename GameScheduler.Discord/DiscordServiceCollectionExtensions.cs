using GameScheduler.Discord;
using GameScheduler.Discord.Gateway;
using GameScheduler.Discord.OAuth;
using GameScheduler.Discord.Rest;
using GameScheduler.Discord.Rest.RateLimits;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>Discord options from the <c>Discord</c> section, validated at start.</summary>
    public static IServiceCollection AddDiscordOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DiscordOptions>()
            .Bind(configuration.GetSection(DiscordOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }

    /// <summary>
    /// The bot's REST client (<see cref="DiscordRestClient"/>) and the one rate limiter all its requests share.
    /// </summary>
    public static IServiceCollection AddDiscordRest(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(service => service.ServiceType == typeof(DiscordRestClient)))
        {
            return services;
        }

        services.AddDiscordOptions(configuration)
            .AddOptions<DiscordOptions>()
            .Validate(o => !string.IsNullOrWhiteSpace(o.BotToken), $"{DiscordOptions.SectionName}:BotToken is required.");
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IGlobalRateLimitStore, InMemoryGlobalRateLimitStore>();
        services.AddSingleton<DiscordRateLimiter>();
        services.AddSingleton<DiscordRestClient>();
        // The rate limiter owns retries: it waits out each 429's retry_after, which a generic policy would not.
#pragma warning disable EXTEXP0001 // The supported way to opt one client out of ConfigureHttpClientDefaults' handler.
        services.AddHttpClient(DiscordRestClient.HttpClientName)
            .ConfigureHttpClient((provider, http) =>
                DiscordRestClient.Configure(http, provider.GetRequiredService<IOptions<DiscordOptions>>().Value))
            .RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        return services;
    }

    /// <summary>
    /// The bot's <see cref="GatewayClient"/> (and the REST client it gets the gateway URL from). The caller runs it with
    /// <see cref="GatewayClient.RunAsync"/> and subscribes to its events.
    /// </summary>
    public static IServiceCollection AddDiscordGateway(
        this IServiceCollection services, IConfiguration configuration, Action<GatewayClientOptions>? configure = null)
    {
        services.AddDiscordRest(configuration);
        var gatewayOptions = services.AddOptions<GatewayClientOptions>();
        if (configure is not null)
        {
            gatewayOptions.Configure(configure);
        }

        services.TryAddSingleton<GatewayClient>();
        return services;
    }

    public static IServiceCollection AddDiscordOAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDiscordOptions(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IGlobalRateLimitStore, InMemoryGlobalRateLimitStore>();
        // A code is single-use and Discord's 429s carry their own retry_after: a generic retry policy would resend a
        // spent code and trip its circuit breaker under load, so this client has none.
#pragma warning disable EXTEXP0001 // The supported way to opt one client out of ConfigureHttpClientDefaults' handler.
        services.AddHttpClient<DiscordOAuthClient>().RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        return services;
    }

    /// <summary>
    /// Keeps Discord's global rate limit in Valkey (the <c>IConnectionMultiplexer</c> registered by the caller), shared by
    /// every process calling Discord for this application, in place of this process's own.
    /// </summary>
    public static IServiceCollection AddDiscordGlobalRateLimitInValkey(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<IGlobalRateLimitStore, ValkeyGlobalRateLimitStore>());
        return services;
    }
}
