namespace GameScheduler.Discord.Gateway;

/// <summary>
/// Why a gateway connection ended and what to do next. <see cref="SessionWasLive"/> says whether the connection got as far as
/// READY or RESUMED, i.e. whether it was a working connection that ended rather than another failed attempt.
/// </summary>
internal sealed record GatewayDisconnect(GatewayNextStep Next, string Reason, bool SessionWasLive, int? CloseCode = null)
{
    public static GatewayDisconnect FromCloseCode(int? code, bool sessionWasLive) => code switch
    {
        { } fatal when GatewayCloseCodes.IsFatal(fatal) => new(GatewayNextStep.Stop, Describe(fatal), sessionWasLive, fatal),
        { } ended when GatewayCloseCodes.EndsSession(ended) => new(GatewayNextStep.Identify, Describe(ended), sessionWasLive, ended),
        { } other => new(GatewayNextStep.Resume, Describe(other), sessionWasLive, other),
        null => new(GatewayNextStep.Resume, "the socket closed without a code", sessionWasLive),
    };

    private static string Describe(int code) => $"closed with {code} ({GatewayCloseCodes.Meaning(code)})";
}

internal enum GatewayNextStep
{
    /// <summary>Reconnect and resume the session when there is one (else identify).</summary>
    Resume,

    /// <summary>Forget the session; reconnect and identify afresh.</summary>
    Identify,

    /// <summary>Do not reconnect.</summary>
    Stop,
}
