using GameScheduler.Core.Inbox;
using GameScheduler.Core.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry;

namespace GameScheduler.Messaging;

/// <summary>
/// Keeps the outbox and the processed-events log from growing without end: every change leaves a row in each, so
/// rows past <see cref="OutboxRelayOptions.Retention"/> are deleted at start and then every
/// <see cref="OutboxRelayOptions.PurgeInterval"/>. Runs beside every relay; instances purging at once share the work.
/// </summary>
internal sealed class EventHistoryPurge(
    IServiceScopeFactory scopes,
    IOptions<OutboxRelayOptions> options,
    TimeProvider time,
    ILogger<EventHistoryPurge> logger) : BackgroundService
{
    private const int BatchSize = 1000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var timer = new PeriodicTimer(settings.PurgeInterval, time);
        do
        {
            try
            {
                await PurgeAsync(time.GetUtcNow() - settings.Retention, stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // Nothing is lost by waiting: what is old now is still old at the next purge.
                logger.LogWarning(exception, "Purging old event records failed; the next purge tries again.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Only a purge that finds something to delete leaves a trace: the look for it is untraced.</summary>
    private async Task PurgeAsync(DateTimeOffset before, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<OutboxRelayStore>();
        var log = scope.ServiceProvider.GetRequiredService<ProcessedEventLog>();
        using (SuppressInstrumentationScope.Begin())
        {
            if (!await outbox.AnySentBeforeAsync(before, ct) && !await log.AnyProcessedBeforeAsync(before, ct)) return;
        }

        using var activity = MessagingTelemetry.Source.StartActivity("purge event history");
        var sent = await outbox.PurgeSentAsync(before, BatchSize, ct);
        var handled = await log.PurgeAsync(before, BatchSize, ct);
        if (sent + handled > 0)
        {
            logger.LogInformation("Purged {SentEvents} sent events and {HandledEvents} handled-event records from before {Cutoff:O}.",
                sent, handled, before);
        }
    }
}
