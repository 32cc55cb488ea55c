using GameScheduler.Discord.Models;

namespace GameScheduler.Discord.Rest;

/// <summary>Answering interactions: the callback (within 3 s of the interaction) and, with its token, the webhook calls after it.</summary>
public sealed partial class DiscordRestClient
{
    public Task RespondToInteractionAsync(string interactionId, string interactionToken, InteractionResponse response, CancellationToken ct)
    {
        if (response.Data is { } data)
        {
            MessageLimits.Validate(data);
        }

        return SendAsync(
            RestRoute.Create(HttpMethod.Post, "/interactions/{interaction_id}/{interaction_token}/callback", interactionId, interactionToken),
            response,
            ct);
    }

    public Task<Message> GetOriginalResponseAsync(string interactionToken, CancellationToken ct) =>
        SendAsync<Message>(OriginalResponseRoute(HttpMethod.Get, interactionToken), null, ct);

    /// <summary>Edits the first answer: how a deferred (type 5) callback is completed.</summary>
    public Task<Message> EditOriginalResponseAsync(string interactionToken, OutgoingMessage message, CancellationToken ct)
    {
        MessageLimits.Validate(message);
        return SendAsync<Message>(OriginalResponseRoute(HttpMethod.Patch, interactionToken), message, ct);
    }

    public Task<Message> CreateFollowupMessageAsync(string interactionToken, OutgoingMessage message, CancellationToken ct)
    {
        MessageLimits.Validate(message);
        return SendAsync<Message>(
            RestRoute.Create(HttpMethod.Post, "/webhooks/{application_id}/{interaction_token}", ApplicationId, interactionToken),
            message,
            ct);
    }

    private RestRoute OriginalResponseRoute(HttpMethod method, string interactionToken) =>
        RestRoute.Create(method, "/webhooks/{application_id}/{interaction_token}/messages/@original", ApplicationId, interactionToken);
}
