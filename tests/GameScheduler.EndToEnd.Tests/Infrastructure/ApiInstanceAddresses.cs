namespace GameScheduler.EndToEnd.Tests.Infrastructure;

/// <summary>Each Api instance's own base address (its <c>ASPNETCORE_URLS</c>), behind the orchestrator's proxy.</summary>
public static class ApiInstanceAddresses
{
    public static async Task<IReadOnlyList<Uri>> ApiInstanceAddressesAsync(this GraphFixture graph, int count)
    {
        var addresses = new Dictionary<string, Uri>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await foreach (var update in graph.App.ResourceNotifications.WatchAsync(timeout.Token))
            {
                if (update.Resource.Name == "api"
                    && update.Snapshot.EnvironmentVariables.FirstOrDefault(variable => variable.Name == "ASPNETCORE_URLS")?.Value is { } urls)
                {
                    addresses[update.ResourceId] = new Uri(urls.Split(';')[0]);
                    if (addresses.Count == count)
                    {
                        return [.. addresses.Values];
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Reported below, with what was found.
        }

        throw new InvalidOperationException(
            $"Expected {count} Api instances with their own addresses, found {addresses.Count}: {string.Join(", ", addresses.Values)}.");
    }
}
