namespace GameScheduler.DiscordEmulator.Control;

/// <summary>The /_emulator control API that tests and the web UI use to play the Discord side.</summary>
public static class ControlApi
{
    public static IEndpointRouteBuilder MapEmulatorControl(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/_emulator")
            .WithTags("Emulator control")
            .MapStateControl()
            .MapUsersControl()
            .MapMembersControl()
            .MapChannelsControl()
            .MapRolesControl()
            .MapInteractionsControl()
            .MapStatsControl()
            .MapFaultsControl()
            .MapResetControl();
        return app;
    }
}
