namespace GameScheduler.Api.Realtime;

public enum FanOutStrategy
{
    /// <summary>Only the event's guild's subscribers, with one cached membership read per distinct user at most.</summary>
    Indexed,

    /// <summary>
    /// Every open connection, each with its own membership read: the common design this feature replaces, kept so the
    /// benchmark can show the difference side by side.
    /// </summary>
    Naive,
}
