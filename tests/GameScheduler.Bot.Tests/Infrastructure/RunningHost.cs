using Microsoft.Extensions.Hosting;

namespace GameScheduler.Bot.Tests.Infrastructure;

/// <summary>A host that keeps running for the whole test.</summary>
internal sealed class RunningHost : IHostApplicationLifetime
{
    public CancellationToken ApplicationStarted => CancellationToken.None;

    public CancellationToken ApplicationStopping => CancellationToken.None;

    public CancellationToken ApplicationStopped => CancellationToken.None;

    public void StopApplication() => throw new InvalidOperationException("The tests do not stop the host.");
}
