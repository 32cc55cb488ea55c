using System.Net;
using System.Threading.Channels;
using GameScheduler.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GameScheduler.Discord.Gateway;

/// <summary>
/// The bot's gateway session. <see cref="RunAsync"/> connects, identifies, keeps the connection alive and resumes it across
/// drops, op 7 and resumable op 9 or close codes, identifies afresh when the session is gone, and stops with a
/// <see cref="DiscordGatewayException"/> on a close code that reconnecting cannot fix. Events reach the handlers subscribed
/// to the events in GatewayClient.Events.cs.
/// </summary>
public sealed partial class GatewayClient(
    DiscordRestClient rest,
    IOptions<DiscordOptions> discord,
    IOptions<GatewayClientOptions> options,
    TimeProvider time,
    ILogger<GatewayClient> logger)
{
    private readonly GatewaySession session = new();
    private Uri? gatewayUrl;
    private int running;

    /// <summary>Runs the session until <paramref name="ct"/> is cancelled. Call once.</summary>
    /// <exception cref="DiscordGatewayException">Discord closed with a code after which reconnecting is pointless (e.g. 4004).</exception>
    public async Task RunAsync(CancellationToken ct)
    {
        if (Interlocked.Exchange(ref running, 1) == 1)
        {
            throw new InvalidOperationException("The gateway client is already running.");
        }

        var dispatches = Channel.CreateUnbounded<GatewayDispatch>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var delivery = DeliverAsync(dispatches.Reader, ct);
        try
        {
            await ConnectUntilStoppedAsync(dispatches.Writer, ct);
        }
        finally
        {
            dispatches.Writer.TryComplete();
            await delivery;
        }
    }

    private async Task ConnectUntilStoppedAsync(ChannelWriter<GatewayDispatch> dispatches, CancellationToken ct)
    {
        var failures = 0;
        while (true)
        {
            var url = session.ResumeUrl ?? await GatewayUrlAsync(ct);
            var connection = new GatewayConnection(
                session, discord.Value.BotToken, options.Value, time, (dispatch, token) => AcceptAsync(dispatch, dispatches, token), logger);
            var disconnect = await connection.RunAsync(WithVersionAndEncoding(url), ct);
            if (disconnect.Next == GatewayNextStep.Stop)
            {
                LogFatalClose(disconnect.Reason);
                throw new DiscordGatewayException(disconnect.CloseCode ?? 0);
            }

            if (disconnect.Next == GatewayNextStep.Identify)
            {
                session.Clear();
            }

            failures = disconnect.SessionWasLive ? 0 : failures + 1;
            var delay = ReconnectBackoff.Delay(failures, options.Value);
            LogReconnecting(disconnect.Reason, disconnect.Next, delay.TotalMilliseconds);
            await Task.Delay(delay, time, ct);
        }
    }

    /// <summary>GET /gateway/bot, once: the URL does not change while the process runs.</summary>
    private async Task<Uri> GatewayUrlAsync(CancellationToken ct)
    {
        for (var failures = 1; gatewayUrl is null; failures++)
        {
            try
            {
                gatewayUrl = new Uri((await rest.GetGatewayBotAsync(ct)).Url);
            }
            catch (Exception exception) when (IsTransient(exception))
            {
                var delay = ReconnectBackoff.Delay(failures, options.Value);
                LogGatewayUrlFailed(exception.Message, delay.TotalMilliseconds);
                await Task.Delay(delay, time, ct);
            }
        }

        return gatewayUrl;
    }

    private static bool IsTransient(Exception exception) =>
        exception is HttpRequestException or TaskCanceledException { InnerException: TimeoutException }
        || exception is DiscordApiException { Status: >= HttpStatusCode.InternalServerError };

    private static Uri WithVersionAndEncoding(Uri url) => new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;

    [LoggerMessage(LogLevel.Warning, "Discord gateway connection ended: {Reason}; next: {Next} in {DelayMs} ms")]
    private partial void LogReconnecting(string reason, GatewayNextStep next, double delayMs);

    [LoggerMessage(LogLevel.Error, "Discord gateway {Reason}; not reconnecting")]
    private partial void LogFatalClose(string reason);

    [LoggerMessage(LogLevel.Warning, "Could not get the gateway URL from Discord ({Error}); retrying in {DelayMs} ms")]
    private partial void LogGatewayUrlFailed(string error, double delayMs);
}
