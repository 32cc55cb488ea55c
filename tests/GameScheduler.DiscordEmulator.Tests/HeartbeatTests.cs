using GameScheduler.DiscordEmulator.Tests.Infrastructure;

namespace GameScheduler.DiscordEmulator.Tests;

/// <summary>With a 100 ms heartbeat interval, the emulator tolerates up to 1.2 s of silence.</summary>
public sealed class HeartbeatTests(ShortHeartbeatEmulator emulator) : IClassFixture<ShortHeartbeatEmulator>
{
    [Fact]
    public async Task Regular_heartbeats_keep_the_connection_alive()
    {
        var (gateway, heartbeatInterval) = await GatewayTestClient.ConnectAsync(emulator.GatewayUri);
        await using var _ = gateway;
        await gateway.IdentifyAndReadReadyAsync();
        Assert.Equal(100, heartbeatInterval);

        var stopAt = DateTime.UtcNow.AddSeconds(2.5);
        while (DateTime.UtcNow < stopAt)
        {
            await gateway.SendAsync(1, gateway.LastSequence);
            await ReceiveAckAsync(gateway);
            await Task.Delay(heartbeatInterval);
        }

        await gateway.SendAsync(1, gateway.LastSequence);
        await ReceiveAckAsync(gateway);
    }

    [Fact]
    public async Task A_silent_connection_is_closed_with_4009()
    {
        var (gateway, _) = await GatewayTestClient.ConnectAsync(emulator.GatewayUri);
        await using var _1 = gateway;
        await gateway.IdentifyAndReadReadyAsync();

        Assert.Equal(4009, await gateway.ReceiveCloseAsync());
    }

    private static async Task ReceiveAckAsync(GatewayTestClient gateway)
    {
        while ((await gateway.ReceiveAsync()).Op() != 11)
        {
            // GUILD_CREATEs may still be ahead of the ACK.
        }
    }
}
