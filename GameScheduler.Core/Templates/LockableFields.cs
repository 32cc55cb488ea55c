namespace GameScheduler.Core.Templates;

/// <summary>The game fields a template may lock, named as the REST contract names them.</summary>
public static class LockableFields
{
    public const string ChannelId = "channel_id";
    public const string SignupMethod = "signup_method";

    public static IReadOnlyList<string> All { get; } = [ChannelId, SignupMethod];
}
