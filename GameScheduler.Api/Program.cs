using GameScheduler.Api;
using GameScheduler.Api.Auth;
using GameScheduler.Api.Games;
using GameScheduler.Api.Guilds;
using GameScheduler.Api.Infrastructure;
using GameScheduler.Api.Realtime;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRequestedWithHeaderCheck();
app.UseAuthentication();
app.UseAuthorization();

app.MapOpenApi();
app.MapDefaultEndpoints();
app.MapAuthApi();
app.MapGuildsApi();
app.MapGamesApi();
app.MapRealtimeApi();

app.Run();
