using GameScheduler.Bot;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddBotServices();

var app = builder.Build();

// The bot serves no API; its web host exists for the health endpoints the AppHost watches.
app.MapDefaultEndpoints();

app.Run();
