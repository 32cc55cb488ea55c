namespace GameScheduler.Core.Games;

/// <summary>Who may put a player on a game's roster.</summary>
public enum SignupMethod
{
    /// <summary>Any member of the guild joins by themselves.</summary>
    SelfSignup,

    /// <summary>Only the host (or a bot manager) adds players; self-join is refused.</summary>
    HostSelected,

    /// <summary>Members may join, but only onto the waitlist; the host picks who plays.</summary>
    HostSelectedWithWaitlist,

    /// <summary>Members holding one of the game's allowed player roles join by themselves; others are refused.</summary>
    RoleBased,
}
