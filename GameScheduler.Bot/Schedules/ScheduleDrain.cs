using GameScheduler.Bot.Announcements;
using GameScheduler.Bot.DirectMessages;
using GameScheduler.Core.Schedules;
using OpenTelemetry;

namespace GameScheduler.Bot.Schedules;

/// <summary>
/// Works off the games' durable timers in Postgres: reminder DMs, IN_PROGRESS at the start, COMPLETED after the
/// duration, and the deletion or archiving of announcements after the game (<see cref="AnnouncementTidier"/>). Core takes each due entry under <c>FOR UPDATE SKIP LOCKED</c> and marks it done in the same transaction,
/// so a due entry is handled once however many bots drain, and still handled after a restart. A due reminder leaves
/// one delivery per recipient, which this sends after that commit, each on its own: a recipient whose DM fails is
/// retried later, and neither it nor a failing entry holds back the others.
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
            var drained = DrainResult.None;
            try
            {
                drained = await DrainDueAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogDrainFailed(exception, PollInterval.TotalSeconds);
            }

            // A full batch suggests more are due already; otherwise nothing is until the next poll.
            if (!drained.FilledABatch(BatchSize))
            {
                await Task.Delay(PollInterval, time, stoppingToken);
            }
        }
    }

    /// <summary>
    /// Handles up to <see cref="BatchSize"/> entries due now, then sends up to as many due reminder DMs and tidies up to
    /// as many announcements. Only a drain
    /// that finds work leaves a trace: the look for it, once a second, is untraced.
    /// </summary>
    public async Task<DrainResult> DrainDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var processor = scope.ServiceProvider.GetRequiredService<ScheduleProcessor>();
        var deliveries = scope.ServiceProvider.GetRequiredService<ReminderDeliveries>();
        var tidying = scope.ServiceProvider.GetRequiredService<AnnouncementTidying>();
        bool entriesDue, remindersDue, tidyingDue;
        using (SuppressInstrumentationScope.Begin())
        {
            entriesDue = await processor.AnyDueAsync(ct);
            remindersDue = entriesDue || await deliveries.AnyDueAsync(ct);
            tidyingDue = entriesDue || await tidying.AnyDueAsync(ct);
        }

        if (!remindersDue && !tidyingDue) return DrainResult.None;

        using var activity = BotTelemetry.Source.StartActivity("drain schedule");
        var entries = entriesDue ? await processor.ProcessDueAsync(BatchSize, LogEntryFailed, ct) : 0;
        var sent = remindersDue ? await SendRemindersAsync(deliveries, ct) : 0;
        var tidied = tidyingDue ? await scope.ServiceProvider.GetRequiredService<AnnouncementTidier>().TidyDueAsync(BatchSize, ct) : 0;
        activity?.SetTag("gamescheduler.schedule.entries_handled", entries);
        activity?.SetTag("gamescheduler.schedule.reminders_sent", sent);
        activity?.SetTag("gamescheduler.schedule.announcements_tidied", tidied);
        return new DrainResult(entries, sent, tidied);
    }

    /// <summary>Sends the claimed DMs side by side (the messenger bounds them); returns how many went out.</summary>
    private async Task<int> SendRemindersAsync(ReminderDeliveries deliveries, CancellationToken ct)
    {
        // The scope's DbContext takes one command at a time.
        using var marking = new SemaphoreSlim(1);
        var sent = await Task.WhenAll((await deliveries.ClaimDueAsync(BatchSize, ct)).Select(async reminder =>
        {
            try
            {
                // Closed DMs are skipped without an exception: that recipient is done, not retried.
                await messenger.SendAsync(reminder.RecipientUserId, notices.Reminder(reminder.Game), ct);
            }
            catch (Exception exception) when (!ct.IsCancellationRequested)
            {
                LogReminderFailed(exception, reminder.RecipientUserId, ReminderDeliveries.RetryDelay.TotalSeconds);
                return false;
            }

            await marking.WaitAsync(ct);
            try
            {
                await deliveries.MarkSentAsync(reminder.DeliveryId, ct);
            }
            finally
            {
                marking.Release();
            }
            return true;
        }));
        return sent.Count(wentOut => wentOut);
    }

    [LoggerMessage(LogLevel.Warning, "Draining due schedule entries failed; trying again in {DelaySeconds} s")]
    private partial void LogDrainFailed(Exception exception, double delaySeconds);

    [LoggerMessage(LogLevel.Warning, "Schedule entry {EntryId} failed; it stays due and the entries after it go on")]
    private partial void LogEntryFailed(long entryId, Exception exception);

    [LoggerMessage(LogLevel.Warning, "A reminder DM to user {UserId} failed; it is retried in {DelaySeconds} s")]
    private partial void LogReminderFailed(Exception exception, string userId, double delaySeconds);
}
