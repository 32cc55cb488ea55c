using System.Collections.Concurrent;
using GameScheduler.Discord.Models;
using GameScheduler.Discord.Rest;

namespace GameScheduler.Bot.DirectMessages;

/// <summary>
/// Sends users direct messages, reusing each user's DM channel. A user who does not accept DMs from the bot (Discord
/// error 50007) is logged once and then skipped for <see cref="ClosedDmsMemory"/>, never retried in a loop; other
/// refusals are logged and dropped. Outages and exhausted rate limits throw, so the caller's work is retried.
/// </summary>
internal sealed partial class DirectMessenger(DiscordRestClient discord, TimeProvider time, ILogger<DirectMessenger> logger)
{
    public static readonly TimeSpan ClosedDmsMemory = TimeSpan.FromHours(1);

    /// <summary>
    /// DMs in flight at once. A rush of 100 joins means 100 confirmations, and every DM counts toward Discord's global
    /// 50 requests/s; sent all at once they would queue ahead of the announcement edits in the global limit for
    /// seconds. A few at a time leaves the announcements room.
    /// </summary>
    private const int ConcurrentSends = 4;

    private readonly SemaphoreSlim sending = new(ConcurrentSends);

    private readonly ConcurrentDictionary<string, string> channelIds = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> closedUntil = new();

    public async Task SendAsync(string userId, OutgoingMessage message, CancellationToken ct)
    {
        if (closedUntil.TryGetValue(userId, out var until) && until > time.GetUtcNow()) return;
        await sending.WaitAsync(ct);
        try
        {
            await discord.CreateMessageAsync(await ChannelIdAsync(userId, ct), message, ct);
        }
        catch (DiscordApiException exception) when (exception.Code == DiscordErrorCodes.CannotSendMessagesToThisUser)
        {
            closedUntil[userId] = time.GetUtcNow() + ClosedDmsMemory;
            LogDmsClosed(userId, ClosedDmsMemory.TotalMinutes);
        }
        catch (DiscordApiException exception) when (exception.IsPermanent())
        {
            channelIds.TryRemove(userId, out _);
            LogRefused(userId, exception.Code, exception.DiscordMessage);
        }
        finally
        {
            sending.Release();
        }
    }

    private async Task<string> ChannelIdAsync(string userId, CancellationToken ct)
    {
        if (channelIds.TryGetValue(userId, out var known)) return known;
        var channel = await discord.CreateDirectMessageChannelAsync(userId, ct);
        return channelIds[userId] = channel.Id;
    }

    [LoggerMessage(LogLevel.Information, "User {UserId} does not accept direct messages from the bot; skipping them for {Minutes} minutes")]
    private partial void LogDmsClosed(string userId, double minutes);

    [LoggerMessage(LogLevel.Warning, "Discord refused a direct message to user {UserId} (code {DiscordCode}: {DiscordMessage}); dropped")]
    private partial void LogRefused(string userId, int discordCode, string discordMessage);
}
