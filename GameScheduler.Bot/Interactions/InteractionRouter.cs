using GameScheduler.Discord.Models;
using GameScheduler.Discord.Rest;

namespace GameScheduler.Bot.Interactions;

/// <summary>
/// Answers every interaction, privately, within Discord's 3 seconds: with the outcome itself when the work is done in
/// <see cref="DirectReplyBudget"/>, which it nearly always is; otherwise it acknowledges first ("thinking…") and edits
/// the outcome in when the work is done.
/// </summary>
internal sealed partial class InteractionRouter(
    IServiceScopeFactory scopes,
    DiscordRestClient discord,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<InteractionRouter> logger)
{
    /// <summary>What is left of Discord's 3 s once the gateway delivered the interaction and the callback travels back.</summary>
    public static readonly TimeSpan DirectReplyBudget = TimeSpan.FromSeconds(2);

    /// <param name="gatewayToken">
    /// Not used: it may end with the gateway connection that delivered the interaction, while the answer goes over REST
    /// and Discord still expects it. Only the bot stopping cuts an answer short.
    /// </param>
    public async ValueTask HandleAsync(Interaction interaction, CancellationToken gatewayToken)
    {
        var ct = lifetime.ApplicationStopping;
        var outcome = OutcomeAsync(interaction, ct);
        using var budgetTimer = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var budget = Task.Delay(DirectReplyBudget, time, budgetTimer.Token);
        if (await Task.WhenAny(outcome, budget) == outcome)
        {
            await budgetTimer.CancelAsync();
            await discord.RespondToInteractionAsync(interaction.Id, interaction.Token,
                InteractionResponse.Reply(await outcome, ephemeral: true), ct);
            return;
        }

        LogDeferred(interaction.Id);
        await discord.RespondToInteractionAsync(interaction.Id, interaction.Token, InteractionResponse.DeferReply(ephemeral: true), ct);
        await discord.EditOriginalResponseAsync(interaction.Token, await outcome, ct);
    }

    private async Task<OutgoingMessage> OutcomeAsync(Interaction interaction, CancellationToken ct)
    {
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
            return InteractionReplies.Failed;
        }
    }

    [LoggerMessage(LogLevel.Warning, "Interaction {InteractionId} took longer than the direct-reply budget; deferred")]
    private partial void LogDeferred(string interactionId);

    [LoggerMessage(LogLevel.Error, "Interaction {InteractionId} ({InteractionType}) failed")]
    private partial void LogFailed(Exception exception, string interactionId, InteractionType interactionType);
}
