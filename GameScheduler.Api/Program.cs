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
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();

var app = builder.Build();

app.UseExceptionHandler();
app.MapOpenApi();
app.MapDefaultEndpoints();

app.Run();
