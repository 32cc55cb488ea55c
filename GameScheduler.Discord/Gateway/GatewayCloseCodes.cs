namespace GameScheduler.Discord.Gateway;

/// <summary>Discord's gateway close codes: what each means and what a client may do after it.</summary>
public static class GatewayCloseCodes
{
    /// <summary>Sent by this client when it gives up on a connection but wants to resume its session (1000/1001 would end it).</summary>
    public const int ClientReconnecting = 4900;

    public const int AuthenticationFailed = 4004;
    public const int InvalidSequence = 4007;
    public const int SessionTimedOut = 4009;

    private static readonly Dictionary<int, string> Meanings = new()
    {
        [4000] = "unknown error",
        [4001] = "unknown opcode",
        [4002] = "decode error",
        [4003] = "not authenticated",
        [AuthenticationFailed] = "authentication failed: the bot token is invalid",
        [4005] = "already authenticated",
        [InvalidSequence] = "invalid sequence number on resume",
        [4008] = "rate limited: too many gateway commands",
        [SessionTimedOut] = "session timed out",
        [4010] = "invalid shard",
        [4011] = "sharding required: the bot is in too many guilds for one connection",
        [4012] = "invalid API version",
        [4013] = "invalid intents",
        [4014] = "disallowed intents: a privileged intent (e.g. GUILD_MEMBERS) is not enabled for this application",
    };

    /// <summary>Codes after which reconnecting cannot help until someone changes the token, the intents or the code.</summary>
    public static bool IsFatal(int code) => code is AuthenticationFailed or (>= 4010 and <= 4014);

    /// <summary>Codes after which the session cannot be resumed, only replaced by a fresh Identify.</summary>
    public static bool EndsSession(int code) => code is InvalidSequence or SessionTimedOut;

    public static string Meaning(int code) => Meanings.GetValueOrDefault(code, "unrecognised close code");
}
