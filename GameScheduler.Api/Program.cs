using GameScheduler.Api;
using GameScheduler.Api.Auth;
using GameScheduler.Api.CalendarFeed;
using GameScheduler.Api.Games;
using GameScheduler.Api.Guilds;
using GameScheduler.Api.Infrastructure;
using GameScheduler.Api.Realtime;
using GameScheduler.Api.Templates;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseTrustedProxies();
app.UseApiConventions();
app.UseAuthentication();
app.UseApiLimits();
app.UseAuthorization();

app.MapOpenApi();
if (app.Environment.IsDevelopment())
{
    app.MapScalarApiReference();
}

app.MapDefaultEndpoints();
app.MapAuthApi();
app.MapGuildsApi();
app.MapGamesApi();
app.MapParticipantsApi();
app.MapTemplatesApi();
app.MapCalendarFeedApi();
app.MapRealtimeApi();

app.Run();
