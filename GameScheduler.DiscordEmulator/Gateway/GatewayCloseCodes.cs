namespace GameScheduler.DiscordEmulator.Gateway;

/// <summary>Discord's gateway close event codes.</summary>
public static class GatewayCloseCodes
{
    public const int UnknownError = 4000;
    public const int UnknownOpcode = 4001;
    public const int DecodeError = 4002;
    public const int NotAuthenticated = 4003;
    public const int AuthenticationFailed = 4004;
    public const int AlreadyAuthenticated = 4005;
    public const int InvalidSequence = 4007;
    public const int RateLimited = 4008;
    public const int SessionTimedOut = 4009;
    public const int InvalidShard = 4010;
    public const int ShardingRequired = 4011;
    public const int InvalidApiVersion = 4012;
    public const int InvalidIntents = 4013;
    public const int DisallowedIntents = 4014;

    /// <summary>After these the session cannot be resumed: a client must identify anew, or stop.</summary>
    public static bool EndsSession(int code) =>
        code is AuthenticationFailed or InvalidSequence or SessionTimedOut or (>= InvalidShard and <= DisallowedIntents);

    /// <summary>Codes a server may put in a close frame (RFC 6455 reserves 1004-1006 and 1015).</summary>
    public static bool IsSendable(int code) => code is >= 1000 and <= 4999 and not (1004 or 1005 or 1006 or 1015);

    public static string Reason(int code) => code switch
    {
        UnknownError => "Unknown error.",
        UnknownOpcode => "Unknown opcode.",
        DecodeError => "Error while decoding payload.",
        NotAuthenticated => "Not authenticated.",
        AuthenticationFailed => "Authentication failed.",
        AlreadyAuthenticated => "Already authenticated.",
        InvalidSequence => "Invalid seq.",
        RateLimited => "Rate limited.",
        SessionTimedOut => "Session timed out.",
        InvalidShard => "Invalid shard.",
        ShardingRequired => "Sharding required.",
        InvalidApiVersion => "Invalid API version.",
        InvalidIntents => "Invalid intent(s).",
        DisallowedIntents => "Disallowed intent(s).",
        _ => "",
    };
}
