using GameScheduler.Core.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry;

namespace GameScheduler.Messaging;

/// <summary>
/// Publishes committed outbox rows, oldest first, and marks them sent once the broker confirmed them. Wakes when
/// Postgres notifies a commit and polls slowly as a fallback. Safe to run in every Api and Bot instance: rows are
/// claimed with FOR UPDATE SKIP LOCKED. Keeps going through broker outages, retrying with a back-off that ends early
/// when the broker connection recovers, and drains the backlog afterwards.
/// </summary>
internal sealed class OutboxRelay(
    IServiceScopeFactory scopes,
    EventPublisher publisher,
    OutboxCommitSignal commits,
    BrokerRecoveries recoveries,
    IOptions<OutboxRelayOptions> options,
    TimeProvider time,
    ILogger<OutboxRelay> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var backoff = settings.MinRetryDelay;
        var inOutage = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            var recovered = recoveries.Next;
            try
            {
                await DrainAsync(settings.BatchSize, stoppingToken);
                if (inOutage)
                {
                    logger.LogInformation("Publishing events works again; the outbox backlog is drained.");
                    inOutage = false;
                }

                backoff = settings.MinRetryDelay;
                await commits.WaitAsync(settings.PollInterval, stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // Logged once per outage, not once per attempt: the rows wait safely in the outbox.
                if (!inOutage)
                {
                    logger.LogWarning(exception, "Publishing events failed; they stay in the outbox and are retried.");
                    inOutage = true;
                }

                await WaitToRetryAsync(recovered, backoff, stoppingToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, settings.MaxRetryDelay.Ticks));
            }
        }
    }

    /// <summary>
    /// Waits out the back-off, or less when the broker connection comes back meanwhile: the backlog then goes out as
    /// soon as the broker is back instead of at the next retry, which may be seconds later.
    /// </summary>
    private async Task WaitToRetryAsync(Task recovered, TimeSpan backoff, CancellationToken ct)
    {
        try
        {
            await recovered.WaitAsync(backoff, time, ct);
        }
        catch (TimeoutException)
        {
        }
    }

    /// <summary>
    /// Publishes batch after batch until the outbox is empty; throws when the broker failed a row. Only the publishes
    /// are traced, each in the trace of the change that caused its event: the relay's own queries, most of them polls
    /// that find nothing, would otherwise each leave a trace of their own.
    /// </summary>
    private async Task DrainAsync(int batchSize, CancellationToken ct)
    {
        using var untraced = SuppressInstrumentationScope.Begin();
        int sent;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<OutboxRelayStore>();
            Exception? failure = null;
            sent = await store.PublishBatchAsync(batchSize, async (batch, token) =>
            {
                PublishResult result;
                using (SuppressInstrumentationScope.Begin(false))
                {
                    result = await publisher.PublishAsync(batch, token);
                }

                failure = result.Failure;
                return result.Confirmed;
            }, ct);

            // Thrown only now, so the rows confirmed before the failure were still marked sent.
            if (failure is not null) throw new InvalidOperationException("The broker did not confirm an event.", failure);
        }
        while (sent == batchSize);
    }
}
