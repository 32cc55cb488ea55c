using GameScheduler.Discord;
using GameScheduler.Discord.OAuth;
using Microsoft.Extensions.Configuration;

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

    public static IServiceCollection AddDiscordOAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDiscordOptions(configuration);
        // A code is single-use and Discord's 429s carry their own retry_after: a generic retry policy would resend a
        // spent code and trip its circuit breaker under load, so this client has none.
#pragma warning disable EXTEXP0001 // The supported way to opt one client out of ConfigureHttpClientDefaults' handler.
        services.AddHttpClient<DiscordOAuthClient>().RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        return services;
    }
}
