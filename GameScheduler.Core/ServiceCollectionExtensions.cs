using GameScheduler.Core.Calendar;
using GameScheduler.Core.Games;
using GameScheduler.Core.Guilds;
using GameScheduler.Core.Inbox;
using GameScheduler.Core.Members;
using GameScheduler.Core.Outbox;
using GameScheduler.Core.Participants;
using GameScheduler.Core.Schedules;
using GameScheduler.Core.Templates;
using GameScheduler.Core.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GameScheduler.Core;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the domain services (scoped, like the <c>GameSchedulerDbContext</c> they use; register that with
    /// <c>AddNpgsqlDbContext&lt;GameSchedulerDbContext&gt;("gamescheduler")</c>) and the system clock unless a test
    /// registered its own <see cref="TimeProvider"/>. <see cref="RosterManagementService"/> and <see cref="CalendarFeeds"/>
    /// are left to the host that provides their <see cref="IGuildMemberDirectory"/>.
    /// </summary>
    public static IServiceCollection AddGameSchedulerCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<UserDirectory>();
        services.AddScoped<GuildSyncService>();
        services.AddScoped<GuildChangeService>();
        services.AddScoped<GuildQueries>();
        services.AddScoped<GuildSettingsService>();
        services.AddScoped<TemplateService>();
        services.AddScoped<MemberRemovalService>();
        services.AddScoped<GameService>();
        services.AddScoped<GameQueries>();
        services.AddScoped<ParticipationService>();
        services.AddScoped<ScheduleProcessor>();
        services.AddScoped<ReminderDeliveries>();
        services.AddScoped<AnnouncementTidying>();
        services.AddScoped<OutboxRelayStore>();
        services.AddScoped<ProcessedEventLog>();
        return services;
    }
}
