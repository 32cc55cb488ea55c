using GameScheduler.Api.Auth;
using GameScheduler.Api.Infrastructure;
using GameScheduler.Api.Tests.Infrastructure;
using GameScheduler.Discord.OAuth;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GameScheduler.Api.Tests.Auth;

/// <summary>A <see cref="ConventionsHost"/> behind the real "Session" scheme on Valkey, whose Discord is <c>discord</c>.</summary>
internal static class SessionHost
{
    public static Task<ConventionsHost> StartAsync(
        ValkeyFixture valkey, HttpMessageHandler discord, Action<WebApplication> mapRoutes, Action<IServiceCollection>? addServices = null) =>
        ConventionsHost.StartAsync(app =>
        {
            app.UseAuthentication();
            app.UseAuthorization();
            mapRoutes(app);
        }, services =>
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Discord:ApiBaseUrl"] = "http://discord.test/api/v10",
                ["Discord:ApplicationId"] = "1100000000000000001",
                ["Discord:ClientSecret"] = "secret",
            }).Build();
            services.AddSingleton(valkey.Connection);
            services.AddNearCache(valkey.Connection.Configuration);
            services.AddSessionAuthentication(configuration);
            services.AddHttpClient<DiscordOAuthClient>().ConfigurePrimaryHttpMessageHandler(() => discord);
            addServices?.Invoke(services);
        });
}
