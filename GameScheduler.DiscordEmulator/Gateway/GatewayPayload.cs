using System.Text.Json;
using System.Text.Json.Serialization;

namespace GameScheduler.DiscordEmulator.Gateway;

/// <summary>A gateway frame: <c>{"op","d","s","t"}</c>; s and t are null except on dispatches (op 0).</summary>
public sealed record GatewayPayload(
    int Op,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] JsonElement? D,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? S = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? T = null);

public static class GatewayOpcodes
{
    public const int Dispatch = 0;
    public const int Heartbeat = 1;
    public const int Identify = 2;
    public const int PresenceUpdate = 3;
    public const int VoiceStateUpdate = 4;
    public const int Resume = 6;
    public const int Reconnect = 7;
    public const int RequestGuildMembers = 8;
    public const int InvalidSession = 9;
    public const int Hello = 10;
    public const int HeartbeatAck = 11;
    public const int RequestSoundboardSounds = 31;
}
