using GameScheduler.Bot;
using Microsoft.Extensions.Diagnostics.HealthChecks;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddBotServices();

var app = builder.Build();

// The bot serves no API; its web host exists for the health endpoints the AppHost watches.
// Degraded is a gateway session still starting or syncing guilds: not ready yet.
app.MapDefaultEndpoints(readyFrom: HealthStatus.Healthy);

app.Run();
