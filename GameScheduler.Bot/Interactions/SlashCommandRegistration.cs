using GameScheduler.Discord.Rest;

namespace GameScheduler.Bot.Interactions;

/// <summary>
/// Registers the slash commands once at start, as a bulk overwrite of the application's global commands (idempotent, so
/// every start may do it). Retries with a growing delay while Discord cannot be reached; a refusal is logged, not retried.
/// </summary>
internal sealed partial class SlashCommandRegistration(DiscordRestClient discord, TimeProvider time, ILogger<SlashCommandRegistration> logger)
    : BackgroundService
{
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var retryDelay = TimeSpan.FromSeconds(1); ; retryDelay = Min(retryDelay * 2, MaxRetryDelay))
        {
            try
            {
                var registered = await discord.OverwriteGlobalCommandsAsync(GameListCommands.Definitions, stoppingToken);
                LogRegistered(registered.Count);
                return;
            }
            catch (DiscordApiException exception) when (exception.IsPermanent())
            {
                LogRefused(exception, exception.Code);
                return;
            }
            catch (Exception exception) when ((exception is HttpRequestException or DiscordApiException) && !stoppingToken.IsCancellationRequested)
            {
                LogFailed(exception, retryDelay.TotalSeconds);
                await Task.Delay(retryDelay, time, stoppingToken);
            }
        }
    }

    private static TimeSpan Min(TimeSpan left, TimeSpan right) => left < right ? left : right;

    [LoggerMessage(LogLevel.Information, "Registered {Count} slash commands")]
    private partial void LogRegistered(int count);

    [LoggerMessage(LogLevel.Error, "Discord refused the slash commands (code {DiscordCode}); they stay as they were")]
    private partial void LogRefused(Exception exception, int discordCode);

    [LoggerMessage(LogLevel.Warning, "Could not register the slash commands; retrying in {DelaySeconds} s")]
    private partial void LogFailed(Exception exception, double delaySeconds);
}
