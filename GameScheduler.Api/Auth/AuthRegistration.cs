using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using StackExchange.Redis;

namespace GameScheduler.Api.Auth;

public static class AuthRegistration
{
    /// <summary>
    /// Discord login and the "Session" authentication scheme: sessions and login states in Valkey, Discord's tokens
    /// sealed with Data Protection. Needs the Api's Valkey client and its near cache.
    /// </summary>
    public static IServiceCollection AddSessionAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDiscordOAuth(configuration);

        // Keys in Valkey, so every Api instance can read the tokens any other one sealed.
        services.AddDataProtection().SetApplicationName("GameScheduler");
        services.AddOptions<KeyManagementOptions>().Configure<IConnectionMultiplexer>((options, valkey) =>
            options.XmlRepository = new RedisXmlRepository(() => valkey.GetDatabase(), "data-protection-keys"));

        services.AddOptions<SessionLifetimes>().Bind(configuration.GetSection(SessionLifetimes.Section))
            .Validate(lifetimes => lifetimes.IdleTimeout > TimeSpan.Zero && lifetimes.AbsoluteLifetime > TimeSpan.Zero,
                "Sessions:IdleTimeout and Sessions:AbsoluteLifetime must be positive.")
            .ValidateOnStart();
        services.AddSingleton<SessionStore>();
        services.AddSingleton<LoginStateStore>();
        services.AddScoped<DiscordTokens>();
        services.AddScoped<LoginFlow>();
        services.AddAuthentication(SessionAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, SessionAuthenticationHandler>(SessionAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();
        services.AddExceptionHandler<SessionEndedExceptionHandler>();
        return services;
    }
}
