using GameScheduler.Core;
using GameScheduler.Core.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddNpgsqlDbContext<GameSchedulerDbContext>("gamescheduler",
    configureDbContextOptions: options => options.UseGameSchedulerConventions());
builder.AddRedisClient("cache");
builder.AddRabbitMQClient("messaging");
builder.Services.AddGameSchedulerCore();
builder.Services.AddOutboxRelay(builder.Configuration);

var app = builder.Build();

// The bot serves no API; its web host exists for the health endpoints the AppHost watches.
app.MapDefaultEndpoints();

app.Run();
