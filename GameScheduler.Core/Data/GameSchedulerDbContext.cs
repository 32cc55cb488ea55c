using GameScheduler.Core.Calendar;
using GameScheduler.Core.Games;
using GameScheduler.Core.Guilds;
using GameScheduler.Core.Inbox;
using GameScheduler.Core.Outbox;
using GameScheduler.Core.Participants;
using GameScheduler.Core.Schedules;
using GameScheduler.Core.Templates;
using GameScheduler.Core.Users;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Data;

public sealed class GameSchedulerDbContext(DbContextOptions<GameSchedulerDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Guild> Guilds => Set<Guild>();
    public DbSet<Channel> Channels => Set<Channel>();
    public DbSet<GuildRole> Roles => Set<GuildRole>();
    public DbSet<User> Users => Set<User>();
    public DbSet<GameTemplate> Templates => Set<GameTemplate>();
    public DbSet<Game> Games => Set<Game>();
    public DbSet<Participant> Participants => Set<Participant>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<ScheduleEntry> ScheduleEntries => Set<ScheduleEntry>();
    public DbSet<ReminderDelivery> ReminderDeliveries => Set<ReminderDelivery>();
    public DbSet<ProcessedEvent> ProcessedEvents => Set<ProcessedEvent>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();

    /// <summary>The Api's ASP.NET Data Protection key ring, shared by its replicas.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<GameStatus>().HaveConversion<UpperSnakeCaseEnumConverter<GameStatus>>();
        configurationBuilder.Properties<SignupMethod>().HaveConversion<UpperSnakeCaseEnumConverter<SignupMethod>>();
        configurationBuilder.Properties<PositionType>().HaveConversion<UpperSnakeCaseEnumConverter<PositionType>>();
        configurationBuilder.Properties<ScheduleKind>().HaveConversion<UpperSnakeCaseEnumConverter<ScheduleKind>>();
        configurationBuilder.Properties<AfterGame>().HaveConversion<UpperSnakeCaseEnumConverter<AfterGame>>();
        configurationBuilder.Properties<Recurrence>().HaveConversion<RecurrenceJsonConverter>().HaveColumnType("jsonb");
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GameSchedulerDbContext).Assembly);
}
