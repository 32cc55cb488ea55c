using System.Diagnostics;
using GameScheduler.Discord.Models;
using GameScheduler.Discord.Rest;

namespace GameScheduler.Bot.Interactions;

/// <summary>
/// Answers every interaction, privately, within Discord's 3 seconds: with the outcome itself when the work is done within
/// <see cref="DirectReplyBudget"/> of the click, which it nearly always is; otherwise it acknowledges first
/// ("thinking…") and edits the outcome in when the work is done. At most <see cref="ConcurrentWork"/> interactions are
/// worked on at once; one that has to wait for its turn is acknowledged straight away. Interactions are taken on through
/// <see cref="InFlightInteractions"/>, so a stopping bot answers the ones in hand and starts no others.
/// </summary>
internal sealed partial class InteractionRouter(
    IServiceScopeFactory scopes,
    DiscordRestClient discord,
    TimeProvider time,
    InFlightInteractions inFlight,
    ILogger<InteractionRouter> logger)
{
    /// <summary>
    /// How long after Discord created the interaction the bot may still answer with the outcome. Counted from creation,
    /// not from receipt: under a burst the gateway delivers clicks late, and the acknowledgement itself needs the rest
    /// of the 3 s to get back to Discord from a busy process.
    /// </summary>
    public static readonly TimeSpan DirectReplyBudget = TimeSpan.FromSeconds(1.5);

    /// <summary>
    /// A rush of clicks on one game queues on its row lock anyway; letting more than this run at once only crowds the
    /// CPU, so that even the acknowledgements of the others would miss Discord's deadline.
    /// </summary>
    public const int ConcurrentWork = 16;

    private readonly SemaphoreSlim workers = new(ConcurrentWork);

    /// <param name="gatewayToken">
    /// Not used: it may end with the gateway connection that delivered the interaction, while the answer goes over REST
    /// and Discord still expects it. Only the bot's shutdown timeout running out cuts an answer short.
    /// </param>
    public async ValueTask HandleAsync(Interaction interaction, CancellationToken gatewayToken)
    {
        if (!inFlight.TryTakeOn())
        {
            LogRefusedWhileStopping(interaction.Id);
            return;
        }

        try
        {
            await AnswerAsync(interaction, inFlight.Abandoned);
        }
        finally
        {
            inFlight.Done();
        }
    }

    private async Task AnswerAsync(Interaction interaction, CancellationToken ct)
    {
        using var activity = BotTelemetry.StartInteraction(interaction);
        var turn = workers.WaitAsync(ct);
        var budgetLeft = turn.IsCompleted ? BudgetLeft(interaction) : TimeSpan.Zero;
        var outcome = OutcomeAsync(turn, interaction, ct);
        if (budgetLeft > TimeSpan.Zero && await FinishesWithinAsync(outcome, budgetLeft, ct))
        {
            await discord.RespondToInteractionAsync(interaction.Id, interaction.Token,
                InteractionResponse.Reply(await outcome, ephemeral: true), ct);
            return;
        }

        LogDeferred(interaction.Id);
        await discord.RespondToInteractionAsync(interaction.Id, interaction.Token, InteractionResponse.DeferReply(ephemeral: true), ct);
        await discord.EditOriginalResponseAsync(interaction.Token, await outcome, ct);
    }

    private async Task<bool> FinishesWithinAsync(Task outcome, TimeSpan budget, CancellationToken ct)
    {
        using var budgetTimer = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (await Task.WhenAny(outcome, Task.Delay(budget, time, budgetTimer.Token)) != outcome) return false;
        await budgetTimer.CancelAsync();
        return true;
    }

    private TimeSpan BudgetLeft(Interaction interaction)
    {
        var now = time.GetUtcNow();
        // A clock behind Discord's would put the creation in the future; then receipt is the best start there is.
        var clicked = interaction.CreatedAt is { } created && created < now ? created : now;
        var left = clicked + DirectReplyBudget - now;
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    private async Task<OutgoingMessage> OutcomeAsync(Task turn, Interaction interaction, CancellationToken ct)
    {
        await turn;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return interaction.Type switch
            {
                InteractionType.MessageComponent =>
                    await scope.ServiceProvider.GetRequiredService<GameButtonHandler>().HandleAsync(interaction, ct),
                InteractionType.ApplicationCommand =>
                    await scope.ServiceProvider.GetRequiredService<GameListCommands>().HandleAsync(interaction, ct),
                _ => InteractionReplies.Unsupported,
            };
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogFailed(exception, interaction.Id, interaction.Type);
            Activity.Current?.SetStatus(ActivityStatusCode.Error, exception.Message);
            return InteractionReplies.Failed;
        }
        finally
        {
            workers.Release();
        }
    }

    [LoggerMessage(LogLevel.Information, "Interaction {InteractionId} was not done within the direct-reply budget; deferred")]
    private partial void LogDeferred(string interactionId);

    [LoggerMessage(LogLevel.Information, "Interaction {InteractionId} arrived while the bot is stopping; not started")]
    private partial void LogRefusedWhileStopping(string interactionId);

    [LoggerMessage(LogLevel.Error, "Interaction {InteractionId} ({InteractionType}) failed")]
    private partial void LogFailed(Exception exception, string interactionId, InteractionType interactionType);
}
