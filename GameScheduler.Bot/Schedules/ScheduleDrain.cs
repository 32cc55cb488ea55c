using GameScheduler.Bot.DirectMessages;
using GameScheduler.Core.Schedules;
using OpenTelemetry;

namespace GameScheduler.Bot.Schedules;

/// <summary>
/// Works off the games' durable timers in Postgres: reminder DMs, IN_PROGRESS at the start, COMPLETED after the
/// duration. Core takes each due entry under <c>FOR UPDATE SKIP LOCKED</c> and marks it done in the same transaction,
/// so a due entry is handled once however many bots drain, and still handled after a restart.
/// </summary>
internal sealed partial class ScheduleDrain(
    IServiceScopeFactory scopes, PlayerNotices notices, DirectMessenger messenger, TimeProvider time, ILogger<ScheduleDrain> logger)
    : BackgroundService
{
    public const int BatchSize = 50;
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            int handled;
            try
            {
                handled = await DrainDueAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogDrainFailed(exception, PollInterval.TotalSeconds);
                handled = 0;
            }

            // A full batch suggests more are due already; otherwise nothing is until the next poll.
            if (handled < BatchSize)
            {
                await Task.Delay(PollInterval, time, stoppingToken);
            }
        }
    }

    /// <summary>
    /// Handles up to <see cref="BatchSize"/> entries due now; returns how many. Only a drain that finds work leaves a
    /// trace: the look for it, once a second, is untraced.
    /// </summary>
    public async Task<int> DrainDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var processor = scope.ServiceProvider.GetRequiredService<ScheduleProcessor>();
        using (SuppressInstrumentationScope.Begin())
        {
            if (!await processor.AnyDueAsync(ct)) return 0;
        }

        using var activity = BotTelemetry.Source.StartActivity("drain schedule");
        var handled = await processor.ProcessDueAsync(BatchSize, SendReminderAsync, ct);
        activity?.SetTag("gamescheduler.schedule.entries_handled", handled);
        return handled;
    }

    /// <summary>Runs inside the entry's transaction; closed DMs are skipped, so only an outage makes it throw and retry.</summary>
    private Task SendReminderAsync(GameReminder reminder, CancellationToken ct)
    {
        var message = notices.Reminder(reminder.Game);
        return Task.WhenAll(reminder.RecipientUserIds.Select(userId => messenger.SendAsync(userId, message, ct)));
    }

    [LoggerMessage(LogLevel.Warning, "Draining due schedule entries failed; trying again in {DelaySeconds} s")]
    private partial void LogDrainFailed(Exception exception, double delaySeconds);
}
