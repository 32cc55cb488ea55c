namespace GameScheduler.Discord.Rest;

/// <summary>The JSON error codes of Discord's API that callers act on.</summary>
public static class DiscordErrorCodes
{
    public const int UnknownChannel = 10003;
    public const int UnknownGuild = 10004;
    public const int UnknownMember = 10007;
    public const int UnknownMessage = 10008;
    public const int UnknownUser = 10013;
    public const int UnknownWebhook = 10015;
    public const int UnknownInteraction = 10062;
    public const int InteractionAlreadyAcknowledged = 40060;
    public const int MissingAccess = 50001;
    public const int CannotSendMessagesToThisUser = 50007;
    public const int MissingPermissions = 50013;
    public const int InvalidFormBody = 50035;
}
