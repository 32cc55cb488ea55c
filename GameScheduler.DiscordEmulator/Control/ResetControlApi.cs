using GameScheduler.DiscordEmulator.Faults;
using GameScheduler.DiscordEmulator.Gateway;
using GameScheduler.DiscordEmulator.Interactions;
using GameScheduler.DiscordEmulator.RateLimits;
using GameScheduler.DiscordEmulator.State;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GameScheduler.DiscordEmulator.Control;

/// <summary>
/// POST /_emulator/reset: back to the seed state, as if the emulator had just started: the seed's users and
/// memberships, no messages, DM channels, interactions, stats, injected 429s or outages. Registered application commands stay.
/// </summary>
public static class ResetControlApi
{
    public static RouteGroupBuilder MapResetControl(this RouteGroupBuilder control)
    {
        control.MapPost("/reset", Reset);
        return control;
    }

    private static NoContent Reset(
        DiscordDirectory directory,
        MessageStore messages,
        InteractionStore interactions,
        EmulatorStats stats,
        RateLimitFaults rateLimitFaults,
        OutageFaults outageFaults,
        GatewaySessions sessions)
    {
        directory.Reset();
        messages.Clear();
        interactions.Clear();
        stats.Reset();
        rateLimitFaults.Clear();
        outageFaults.Clear();

        // Connected bots saw the members before the reset: a session they cannot resume makes them identify again and
        // receive the seed's guilds in GUILD_CREATE.
        foreach (var connection in sessions.Connections())
        {
            connection.InvalidateSession(resumable: false);
        }

        return TypedResults.NoContent();
    }
}
