namespace GameScheduler.Discord.Gateway;

/// <summary>Discord closed the gateway with a code that reconnecting cannot fix (see <see cref="GatewayCloseCodes.IsFatal"/>).</summary>
public sealed class DiscordGatewayException(int closeCode)
    : Exception($"Discord closed the gateway with {closeCode} ({GatewayCloseCodes.Meaning(closeCode)}); not reconnecting.")
{
    public int CloseCode { get; } = closeCode;
}
