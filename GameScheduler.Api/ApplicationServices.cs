using GameScheduler.Api.Auth;
using GameScheduler.Api.Guilds;
using GameScheduler.Api.Infrastructure;
using GameScheduler.Api.Realtime;
using GameScheduler.Core;
using GameScheduler.Core.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using StackExchange.Redis;

namespace GameScheduler.Api;

public static class ApplicationServices
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<GameSchedulerDbContext>("gamescheduler",
            configureDbContextOptions: options => options.UseGameSchedulerConventions());
        builder.AddRedisClient("cache");
        builder.AddRabbitMQClient("messaging");
        builder.AddRealtime();

        var services = builder.Services;
        services.AddGameSchedulerCore();
        services.AddOutboxRelay(builder.Configuration);
        services.AddDiscordOAuth(builder.Configuration);

        // Keys in Valkey, so every Api instance can read the tokens any other one sealed.
        services.AddDataProtection().SetApplicationName("GameScheduler");
        services.AddOptions<KeyManagementOptions>().Configure<IConnectionMultiplexer>((options, valkey) =>
            options.XmlRepository = new RedisXmlRepository(() => valkey.GetDatabase(), "data-protection-keys"));

        services.AddSingleton<SessionStore>();
        services.AddSingleton<LoginStateStore>();
        services.AddScoped<DiscordTokens>();
        services.AddScoped<GuildMembership>();
        services.AddAuthentication(SessionAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, SessionAuthenticationHandler>(SessionAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();

        services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddOpenApi();
        return builder;
    }
}
