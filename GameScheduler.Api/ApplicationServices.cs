using GameScheduler.Api.Auth;
using GameScheduler.Api.CalendarFeed;
using GameScheduler.Api.Guilds;
using GameScheduler.Api.Infrastructure;
using GameScheduler.Api.Realtime;
using GameScheduler.Core;
using GameScheduler.Core.Calendar;
using GameScheduler.Core.Data;
using GameScheduler.Core.Members;
using GameScheduler.Core.Participants;

namespace GameScheduler.Api;

public static class ApplicationServices
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddGameSchedulerDatabase(traceCommands: builder.ExportsTelemetry());
        builder.AddCache();
        builder.Services.AddNearCache(builder.Configuration.GetConnectionString("cache")
            ?? throw new InvalidOperationException("The Api needs the connection string of the Valkey resource 'cache'."));
        builder.AddEventBroker();
        builder.AddRealtime();

        var services = builder.Services;
        services.AddGameSchedulerCore();
        services.AddOutboxRelay(builder.Configuration);
        services.AddTrustedProxies(builder.Configuration);
        services.AddDataProtectionKeyRing(builder.Configuration);
        services.AddSessionAuthentication(builder.Configuration);
        services.AddSingleton<GuildMembership>();
        services.AddSingleton<GuildMemberDirectory>();
        services.AddSingleton<IGuildMemberDirectory>(provider => provider.GetRequiredService<GuildMemberDirectory>());
        services.AddScoped<RosterManagementService>();
        services.AddScoped<CalendarFeeds>();
        services.AddScoped<CalendarFeedLinks>();

        services.AddApiConventions();
        services.AddApiLimits(builder.Configuration);
        services.AddOpenApi();
        return builder;
    }
}
