using System.Diagnostics;

namespace GameScheduler.Core.Tests.Database;

/// <summary>Counts the commands Npgsql sends to one database (a batch is one), as its tracing reports them.</summary>
internal sealed class RoundTrips : IDisposable
{
    private readonly ActivityListener listener;
    private readonly List<string> commands = [];

    public RoundTrips(string database)
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (Equals(activity.GetTagItem("db.namespace"), database))
                {
                    lock (commands) commands.Add($"{activity.DisplayName}: {activity.GetTagItem("db.query.text")}");
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
    }

    public IReadOnlyList<string> Commands
    {
        get
        {
            lock (commands) return [.. commands];
        }
    }

    public void Dispose() => listener.Dispose();
}
