using System.Text.Json;
using GameScheduler.DiscordEmulator.Models;

namespace GameScheduler.DiscordEmulator.Interactions;

/// <summary>
/// An interaction dispatched to the bot: its single callback (released to whoever waits for it), the
/// original response message and the follow-ups sent through its webhook token.
/// </summary>
public sealed class PendingInteraction(Interaction payload, DateTimeOffset dispatchedAt)
{
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource<JsonElement> _callback = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _followupIds = [];
    private bool _acknowledged;
    private string? _originalMessageId;

    public Interaction Payload { get; } = payload;

    public DateTimeOffset DispatchedAt { get; } = dispatchedAt;

    /// <summary>The callback body exactly as the bot sent it, once it has.</summary>
    public Task<JsonElement> Callback => _callback.Task;

    public bool IsAcknowledged
    {
        get
        {
            lock (_gate)
            {
                return _acknowledged;
            }
        }
    }

    public string? OriginalMessageId
    {
        get
        {
            lock (_gate)
            {
                return _originalMessageId;
            }
        }
    }

    public IReadOnlyList<string> FollowupIds
    {
        get
        {
            lock (_gate)
            {
                return [.. _followupIds];
            }
        }
    }

    /// <summary>Claims the one callback an interaction allows; false when it was already claimed.</summary>
    public bool TryAcknowledge()
    {
        lock (_gate)
        {
            if (_acknowledged)
            {
                return false;
            }

            _acknowledged = true;
            return true;
        }
    }

    public void CompleteCallback(JsonElement body, string originalMessageId)
    {
        lock (_gate)
        {
            _originalMessageId = originalMessageId;
        }

        _callback.TrySetResult(body);
    }

    public void AddFollowup(string messageId)
    {
        lock (_gate)
        {
            _followupIds.Add(messageId);
        }
    }
}
