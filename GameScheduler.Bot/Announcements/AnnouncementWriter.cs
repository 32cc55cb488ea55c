using GameScheduler.Bot.Gateway;
using GameScheduler.Core.Games;
using GameScheduler.Discord.Models;
using GameScheduler.Discord.Rest;

namespace GameScheduler.Bot.Announcements;

/// <summary>
/// Posts a game's announcement in its channel, or edits the one posted before; the channel's pace decides when. A render
/// identical to what the announcement already shows is not written. A message deleted on Discord is posted anew.
/// A game waiting for its post time is not posted yet: the change its due announce timer writes brings it here again.
/// A channel deleted on Discord has nothing to write to: the game shows that to its host instead. Discord refusing the
/// message for good (missing access, an unknown channel not mirrored yet) is logged and given up, since retrying
/// cannot help; outages and exhausted rate limits throw, so the event is retried.
/// </summary>
internal sealed partial class AnnouncementWriter(
    GameQueries games,
    GameService gameService,
    DiscordRestClient discord,
    AnnouncementRenderer renderer,
    MemberProjection members,
    ChannelPacer pacer,
    ShownAnnouncements shown,
    ILogger<AnnouncementWriter> logger) : IAnnouncementWriter
{
    public async Task WriteAsync(Guid gameId, CancellationToken ct)
    {
        var render = await RenderAsync(gameId, ct);
        if (render is { Game.AwaitsAnnouncement: true })
        {
            LogNotYetDue(gameId);
            return;
        }

        if (render is { Game.DiscordMessageId: { } messageId } && shown.Shows(messageId, render.Message)) return;
        if (render is not null && await pacer.WaitTurnAsync(render.Game.ChannelId, ct))
        {
            render = await RenderAsync(gameId, ct);
        }

        if (render is null)
        {
            LogGameGone(gameId);
            return;
        }

        if (render.Game.ChannelDeleted)
        {
            LogChannelGone(render.Game.Id, render.Game.ChannelId);
            return;
        }

        try
        {
            await WriteAsync(render.Game, render.Message, ct);
        }
        catch (DiscordApiException exception) when (exception.Code == DiscordErrorCodes.UnknownChannel)
        {
            LogChannelGone(render.Game.Id, render.Game.ChannelId);
        }
        catch (DiscordApiException exception) when (exception.IsPermanent())
        {
            LogRefused(exception, render.Game.Id, render.Game.ChannelId, exception.Code);
        }
    }

    private async Task WriteAsync(GameView game, OutgoingMessage message, CancellationToken ct)
    {
        if (game.DiscordMessageId is { } messageId)
        {
            try
            {
                await discord.EditMessageAsync(game.ChannelId, messageId, message, ct);
                shown.Record(messageId, message);
                return;
            }
            catch (DiscordApiException exception) when (exception.Code == DiscordErrorCodes.UnknownMessage)
            {
                LogMessageGone(game.Id, messageId);
                await pacer.WaitTurnAsync(game.ChannelId, ct);
            }
        }

        // A game that is over needs no new announcement; one that is still ahead does.
        if (game.Status != GameStatus.Scheduled) return;
        var posted = await discord.CreateMessageAsync(game.ChannelId, message, ct);
        shown.Record(posted.Id, message);
        await gameService.RecordAnnouncementAsync(game.Id, posted.Id, ct);
    }

    /// <summary>Reads the game as it is now and renders its announcement; null when the game is gone.</summary>
    private async Task<Render?> RenderAsync(Guid gameId, CancellationToken ct)
    {
        var game = await games.FindForEveryoneAsync(gameId, ct);
        if (game is null) return null;
        string[] userIds = [game.Host.UserId, .. game.Confirmed.Concat(game.Waitlisted).Select(player => player.UserId).OfType<string>()];
        return new Render(game, renderer.Render(game, await members.NamesAsync(game.GuildId, userIds)));
    }

    private sealed record Render(GameView Game, OutgoingMessage Message);

    [LoggerMessage(LogLevel.Information, "Game {GameId} no longer exists; no announcement to write")]
    private partial void LogGameGone(Guid gameId);

    [LoggerMessage(LogLevel.Debug, "Game {GameId} is announced at its post time; nothing to write yet")]
    private partial void LogNotYetDue(Guid gameId);

    [LoggerMessage(LogLevel.Warning, "The channel {ChannelId} of game {GameId} was deleted on Discord; no announcement to write")]
    private partial void LogChannelGone(Guid gameId, string channelId);

    [LoggerMessage(LogLevel.Warning, "The announcement {MessageId} of game {GameId} was deleted on Discord; posting a new one")]
    private partial void LogMessageGone(Guid gameId, string messageId);

    [LoggerMessage(LogLevel.Error, "Discord refused the announcement of game {GameId} in channel {ChannelId} (code {DiscordCode}); giving up")]
    private partial void LogRefused(Exception exception, Guid gameId, string channelId, int discordCode);
}
