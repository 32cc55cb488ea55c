using System.Collections.Concurrent;

namespace GameScheduler.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Follows every resource's console output from the graph's start: keeps all it wrote until the graph became healthy,
/// so a test can check that a clean start logs no errors, and the last lines of each, so a failed start can say why
/// instead of just "failed".
/// </summary>
internal sealed class ResourceLogs(ResourceLoggerService logs, int tailLinesPerResource = 40)
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _tails = new();
    private readonly ConcurrentQueue<ResourceLogLine> _startup = new();
    private volatile bool _started;

    /// <summary>
    /// Follows each resource instance as it appears: logs are kept per instance id (<c>api-abcd1234</c>), not per
    /// resource name.
    /// </summary>
    public void Follow(ResourceNotificationService notifications, CancellationToken stopFollowing) =>
        _ = FollowInstancesAsync(notifications, stopFollowing);

    /// <summary>Ends the startup record: lines written from now on are kept in the tails only.</summary>
    public void StartupCompleted() => _started = true;

    /// <summary>Every line the resources wrote until <see cref="StartupCompleted"/>, in the order they arrived.</summary>
    public IReadOnlyList<ResourceLogLine> Startup => [.. _startup];

    public string Describe(string resource) =>
        _tails.TryGetValue(resource, out var tail) && !tail.IsEmpty
            ? string.Join(Environment.NewLine, tail.Select(line => $"    | {line}"))
            : "    | (no output)";

    private async Task FollowInstancesAsync(ResourceNotificationService notifications, CancellationToken stopFollowing)
    {
        var followed = new HashSet<string>();
        try
        {
            await foreach (var update in notifications.WatchAsync(stopFollowing))
            {
                if (followed.Add(update.ResourceId))
                {
                    _ = FollowAsync(update.Resource.Name, update.ResourceId, stopFollowing);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task FollowAsync(string resource, string instance, CancellationToken stopFollowing)
    {
        var tail = _tails.GetOrAdd(resource, _ => new ConcurrentQueue<string>());
        try
        {
            await foreach (var batch in logs.WatchAsync(instance).WithCancellation(stopFollowing))
            {
                foreach (var line in batch)
                {
                    if (!_started)
                    {
                        _startup.Enqueue(new ResourceLogLine(resource, line.Content));
                    }

                    tail.Enqueue(line.Content);
                    while (tail.Count > tailLinesPerResource && tail.TryDequeue(out _))
                    {
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}

public sealed record ResourceLogLine(string Resource, string Content);
