using GameScheduler.DiscordEmulator;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddDiscordEmulator();

var app = builder.Build();
app.UseExceptionHandler();
app.UseWebSockets();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapDiscordEmulator();
app.Run();

/// <summary>Public so the tests can host the emulator with WebApplicationFactory.</summary>
public partial class Program;
