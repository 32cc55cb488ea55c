using GameScheduler.Core.Games;
using GameScheduler.Core.Schedules;
using GameScheduler.Discord.Rest;

namespace GameScheduler.Bot.Announcements;

/// <summary>
/// Deletes or archives the announcements of games that are over, as their templates chose (see
/// <see cref="AnnouncementTidying"/>). To archive, the summary is posted and recorded before the announcement is deleted,
/// so a retry after a crash posts it once. A message or channel already gone on Discord counts as deleted. Discord
/// refusing for good (no access to the archive channel) is logged and given up, leaving the announcement in place;
/// outages are retried after <see cref="AnnouncementTidying.RetryDelay"/>.
/// </summary>
internal sealed partial class AnnouncementTidier(
    AnnouncementTidying tidying, DiscordRestClient discord, ChannelPacer pacer, ILogger<AnnouncementTidier> logger)
{
    /// <summary>Tidies up to <paramref name="maxCount"/> due announcements; returns how many it finished.</summary>
    public async Task<int> TidyDueAsync(int maxCount, CancellationToken ct)
    {
        var finished = 0;
        foreach (var tidy in await tidying.ClaimDueAsync(maxCount, ct))
        {
            try
            {
                await TidyAsync(tidy, ct);
            }
            catch (DiscordApiException exception) when (exception.IsPermanent())
            {
                LogRefused(exception, tidy.Game.Id, exception.Code);
            }
            catch (Exception exception) when (!ct.IsCancellationRequested)
            {
                LogFailed(exception, tidy.Game.Id, AnnouncementTidying.RetryDelay.TotalSeconds);
                continue;
            }

            await tidying.MarkDoneAsync(tidy, ct);
            finished++;
        }
        return finished;
    }

    private async Task TidyAsync(DueTidy tidy, CancellationToken ct)
    {
        if (tidy is { AfterGame: AfterGame.Archive, ArchiveChannelId: { } archiveChannelId, ArchiveMessageId: null })
        {
            await pacer.WaitTurnAsync(archiveChannelId, ct);
            var summary = await discord.CreateMessageAsync(archiveChannelId, ArchiveSummary.Of(tidy.Game), ct);
            await tidying.RecordSummaryAsync(tidy.Game.Id, summary.Id, ct);
        }

        if (tidy.MessageId is not { } messageId) return;
        await pacer.WaitTurnAsync(tidy.ChannelId, ct);
        try
        {
            await discord.DeleteMessageAsync(tidy.ChannelId, messageId, ct);
        }
        catch (DiscordApiException exception) when (exception.Code is DiscordErrorCodes.UnknownMessage or DiscordErrorCodes.UnknownChannel)
        {
            LogAlreadyGone(tidy.Game.Id, messageId);
        }
    }

    [LoggerMessage(LogLevel.Information, "The announcement {MessageId} of game {GameId} was already gone on Discord")]
    private partial void LogAlreadyGone(Guid gameId, string messageId);

    [LoggerMessage(LogLevel.Error, "Discord refused tidying the announcement of game {GameId} (code {DiscordCode}); giving up")]
    private partial void LogRefused(Exception exception, Guid gameId, int discordCode);

    [LoggerMessage(LogLevel.Warning, "Tidying the announcement of game {GameId} failed; it is retried in {DelaySeconds} s")]
    private partial void LogFailed(Exception exception, Guid gameId, double delaySeconds);
}
