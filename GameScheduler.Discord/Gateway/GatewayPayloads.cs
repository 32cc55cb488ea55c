using System.Text.Json;
using System.Text.Json.Serialization;

namespace GameScheduler.Discord.Gateway;

/// <summary>A gateway message as received: opcode, data, and for dispatches (op 0) the sequence number and event name.</summary>
internal sealed record GatewayPayload(GatewayOpcode Op, JsonElement D, int? S = null, string? T = null);

/// <summary>A gateway message to send. <c>d</c> is written even when null: a first heartbeat carries <c>"d": null</c>.</summary>
internal sealed record OutgoingGatewayPayload(
    GatewayOpcode Op,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] object? D);

internal sealed record Hello(int HeartbeatInterval);

internal sealed record Identify(string Token, IdentifyProperties Properties, GatewayIntents Intents);

internal sealed record IdentifyProperties(string Os, string Browser, string Device)
{
    public static IdentifyProperties Current { get; } = new(
        OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux",
        "GameScheduler",
        "GameScheduler");
}

internal sealed record Resume(string Token, string SessionId, int? Seq);
