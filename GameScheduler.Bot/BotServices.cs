using GameScheduler.Bot.Announcements;
using GameScheduler.Bot.DirectMessages;
using GameScheduler.Bot.Gateway;
using GameScheduler.Bot.Interactions;
using GameScheduler.Bot.Schedules;
using GameScheduler.Core;
using GameScheduler.Core.Data;
using GameScheduler.Core.Events;
using GameScheduler.Messaging;

namespace GameScheduler.Bot;

public static class BotServices
{
    /// <summary>
    /// Deliveries of <c>bot_events</c> handled at once. A handler returns only when its game's re-render is done, and
    /// re-renders coalesce only across deliveries in flight together, so this is also how many changes one edit can take in.
    /// </summary>
    private const ushort ConcurrentBotEvents = 64;

    public static IHostApplicationBuilder AddBotServices(this IHostApplicationBuilder builder)
    {
        builder.AddGameSchedulerDatabase(traceCommands: builder.ExportsTelemetry());
        builder.AddCache();
        builder.AddEventBroker(factory => factory.ConsumerDispatchConcurrency = ConcurrentBotEvents);

        var services = builder.Services;
        services.AddGameSchedulerCore();
        services.AddOutboxRelay(builder.Configuration);
        services.AddDiscordGateway(builder.Configuration).AddDiscordGlobalRateLimitInValkey();
        services.Configure<WebOptions>(builder.Configuration.GetSection(WebOptions.SectionName));
        services.AddSingleton<WebLinks>();

        services.AddGatewaySession();
        services.AddAnnouncements();
        services.AddInteractions();
        services.AddDirectMessages();
        services.AddHostedService<ScheduleDrain>();
        return builder;
    }

    private static void AddGatewaySession(this IServiceCollection services)
    {
        services.AddSingleton<MemberProjection>();
        services.AddSingleton<GuildEvents>();
        services.AddSingleton<GatewayReadiness>();
        services.AddHealthChecks().AddCheck<GatewayReadiness>("discord-gateway");
        services.AddHostedService<DiscordGatewayService>();
    }

    private static void AddAnnouncements(this IServiceCollection services)
    {
        services.AddSingleton<AnnouncementRenderer>();
        services.AddSingleton<ChannelPacer>();
        services.AddSingleton<ShownAnnouncements>();
        services.AddSingleton<AnnouncementRefresher>();
        services.AddScoped<IAnnouncementWriter, AnnouncementWriter>();
        services.AddScoped<AnnouncementTidier>();
        services.AddEventConsumer(EventQueue.BotEvents, options => options.Prefetch = ConcurrentBotEvents)
            .AddSubscription<GameCreated, AnnouncementHandler>()
            .AddSubscription<GameUpdated, AnnouncementHandler>()
            .AddSubscription<GameCancelled, AnnouncementHandler>();
    }

    private static void AddInteractions(this IServiceCollection services)
    {
        services.AddSingleton<InFlightInteractions>();
        services.AddHostedService(provider => provider.GetRequiredService<InFlightInteractions>());
        services.AddSingleton<InteractionRouter>();
        services.AddSingleton<GameListReply>();
        services.AddScoped<GameButtonHandler>();
        services.AddScoped<GameListCommands>();
        services.AddHostedService<SlashCommandRegistration>();
    }

    private static void AddDirectMessages(this IServiceCollection services)
    {
        services.AddSingleton<PlayerNotices>();
        services.AddSingleton<DirectMessenger>();
        services.AddScoped<ParticipantNotifier>();
    }
}
