namespace GameScheduler.Api.Realtime;

public sealed class RealtimeOptions
{
    public const string SectionName = "Realtime";

    /// <summary>How often an idle stream gets a <c>: keepalive</c> comment (proxies close silent connections).</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Events a connection may have waiting; a client that falls this far behind is disconnected.</summary>
    public int ConnectionBufferSize { get; set; } = 256;
}
