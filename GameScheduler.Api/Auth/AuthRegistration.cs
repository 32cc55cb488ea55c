using Microsoft.AspNetCore.Authentication;

namespace GameScheduler.Api.Auth;

public static class AuthRegistration
{
    /// <summary>
    /// Discord login and the "Session" authentication scheme: sessions and login states in Valkey, Discord's tokens
    /// sealed with Data Protection (its key ring: <see cref="DataProtectionKeyRing"/>). Needs the Api's Valkey client
    /// (which also shares Discord's global rate limit with the Bot) and its near cache.
    /// </summary>
    public static IServiceCollection AddSessionAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDiscordOAuth(configuration).AddDiscordGlobalRateLimitInValkey();

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
