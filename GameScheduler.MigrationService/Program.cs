using GameScheduler.Core.Data;
using GameScheduler.MigrationService;

var builder = Host.CreateApplicationBuilder(args);

builder.AddServiceDefaults();
builder.AddNpgsqlDbContext<GameSchedulerDbContext>("gamescheduler",
    configureDbContextOptions: options => options.UseGameSchedulerConventions());
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.Configure<MigrationOptions>(builder.Configuration.GetSection(MigrationOptions.SectionName));
builder.Services.AddHostedService<DatabaseMigrator>();

builder.Build().Run();
