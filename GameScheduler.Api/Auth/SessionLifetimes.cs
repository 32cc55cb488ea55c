namespace GameScheduler.Api.Auth;

/// <summary>How long a session lives (section <c>Sessions</c>): it ends after a spell without use or at its absolute end.</summary>
public sealed class SessionLifetimes
{
    public const string Section = "Sessions";

    /// <summary>A session unused this long ends; each use starts the spell again.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromDays(7);

    /// <summary>A session ends this long after its login, however often it is used.</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromDays(30);
}
