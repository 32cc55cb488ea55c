using Microsoft.Extensions.Hosting;

namespace GameScheduler.AppHost.Infrastructure;

/// <summary>Removes the run's data folder once the AppHost has stopped its servers.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed class RunDirectoryCleanup(RunDirectory run, IHostApplicationLifetime lifetime) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStopped.Register(run.Delete);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
