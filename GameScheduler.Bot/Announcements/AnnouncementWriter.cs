using GameScheduler.Bot.Gateway;
using GameScheduler.Core.Games;
using GameScheduler.Discord.Models;
using GameScheduler.Discord.Rest;

namespace GameScheduler.Bot.Announcements;

/// <summary>
/// Posts a game's announcement in its channel, or edits the one posted before; the channel's pace decides when. A
/// message deleted on Discord is posted anew. Discord refusing the message for good (missing access, unknown channel) is
/// logged and given up, since retrying cannot help; outages and exhausted rate limits throw, so the event is retried.
/// </summary>
internal sealed partial class AnnouncementWriter(
    GameQueries games,
    GameService gameService,
    DiscordRestClient discord,
    AnnouncementRenderer renderer,
    MemberProjection members,
    ChannelPacer pacer,
    ILogger<AnnouncementWriter> logger) : IAnnouncementWriter
{
    public async Task WriteAsync(Guid gameId, CancellationToken ct)
    {
        var game = await games.FindForAnnouncementAsync(gameId, ct);
        if (game is not null && await pacer.WaitTurnAsync(game.ChannelId, ct))
        {
            game = await games.FindForAnnouncementAsync(gameId, ct);
        }

        if (game is null)
        {
            LogGameGone(gameId);
            return;
        }

        try
        {
            await WriteAsync(game, await RenderAsync(game), ct);
        }
        catch (DiscordApiException exception) when (exception.IsPermanent())
        {
            LogRefused(exception, game.Id, game.ChannelId, exception.Code);
        }
    }

    private async Task WriteAsync(GameView game, OutgoingMessage message, CancellationToken ct)
    {
        if (game.DiscordMessageId is { } messageId)
        {
            try
            {
                await discord.EditMessageAsync(game.ChannelId, messageId, message, ct);
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
        await gameService.RecordAnnouncementAsync(game.Id, posted.Id, ct);
    }

    private async Task<OutgoingMessage> RenderAsync(GameView game)
    {
        string[] userIds = [game.Host.UserId, .. game.Confirmed.Concat(game.Waitlisted).Select(player => player.UserId).OfType<string>()];
        return renderer.Render(game, await members.NamesAsync(game.GuildId, userIds));
    }

    [LoggerMessage(LogLevel.Information, "Game {GameId} no longer exists; no announcement to write")]
    private partial void LogGameGone(Guid gameId);

    [LoggerMessage(LogLevel.Warning, "The announcement {MessageId} of game {GameId} was deleted on Discord; posting a new one")]
    private partial void LogMessageGone(Guid gameId, string messageId);

    [LoggerMessage(LogLevel.Error, "Discord refused the announcement of game {GameId} in channel {ChannelId} (code {DiscordCode}); giving up")]
    private partial void LogRefused(Exception exception, Guid gameId, string channelId, int discordCode);
}
