using GameScheduler.DiscordEmulator.State;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GameScheduler.DiscordEmulator.Control;

/// <summary>GET /_emulator/stats (429s sent, requests per route, edits per message); POST /_emulator/stats/reset.</summary>
public static class StatsControlApi
{
    public static RouteGroupBuilder MapStatsControl(this RouteGroupBuilder control)
    {
        control.MapGet("/stats", GetStats);
        control.MapPost("/stats/reset", ResetStats);
        return control;
    }

    private static Ok<StatsSnapshot> GetStats(EmulatorStats stats) => TypedResults.Ok(stats.Snapshot());

    private static NoContent ResetStats(EmulatorStats stats)
    {
        stats.Reset();
        return TypedResults.NoContent();
    }
}
