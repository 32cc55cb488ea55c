using System.Collections.Concurrent;

namespace GameScheduler.EndToEnd.Tests.Infrastructure;

/// <summary>Keeps the last lines each resource logged, so a failed start can say why instead of just "failed".</summary>
internal sealed class ResourceLogTail(ResourceLoggerService logs, int linesPerResource = 40)
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _tails = new();

    public void Follow(IEnumerable<string> resources, CancellationToken stopFollowing)
    {
        foreach (var resource in resources)
        {
            _ = FollowAsync(resource, stopFollowing);
        }
    }

    public string Describe(string resource) =>
        _tails.TryGetValue(resource, out var tail) && !tail.IsEmpty
            ? string.Join(Environment.NewLine, tail.Select(line => $"    | {line}"))
            : "    | (no output)";

    private async Task FollowAsync(string resource, CancellationToken stopFollowing)
    {
        var tail = _tails.GetOrAdd(resource, _ => new ConcurrentQueue<string>());
        try
        {
            await foreach (var batch in logs.WatchAsync(resource).WithCancellation(stopFollowing))
            {
                foreach (var line in batch)
                {
                    tail.Enqueue(line.Content);
                    while (tail.Count > linesPerResource && tail.TryDequeue(out _))
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
