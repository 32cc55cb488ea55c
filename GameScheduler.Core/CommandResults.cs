using GameScheduler.Core.Games;
using GameScheduler.Core.Guilds;
using GameScheduler.Core.Templates;

namespace GameScheduler.Core;

// Outcomes every command can have. Each command's result interface (IJoinResult, IGameChangeResult, ...) lists
// exactly the outcomes that command can have; Api maps them to HTTP statuses, Bot to ephemeral replies.

/// <summary>The game (or guild, template, channel) does not exist, or is in a guild the caller is not a member of.</summary>
public sealed record ResourceNotFound : IJoinResult, ILeaveResult, IConfirmSeatResult, IGameChangeResult, ITemplateChangeResult, IGuildSettingsResult, IChannelChoiceResult
{
    public static ResourceNotFound Instance { get; } = new();
}

/// <summary>A rule forbids the request; <paramref name="Reason"/> is a sentence for the user (see <see cref="Refusals"/>).</summary>
public sealed record Refused(string Reason) : IJoinResult, ILeaveResult, IConfirmSeatResult, IGameChangeResult, ITemplateChangeResult, IGuildSettingsResult;

/// <summary>
/// The caller's standing in the guild does not allow the request, whatever the game's state (they are neither host nor
/// bot manager, the game takes no self-signups from them, or they or the bot may not post in the chosen channel);
/// <paramref name="Reason"/> is a sentence for the user.
/// </summary>
public sealed record Forbidden(string Reason) : IJoinResult, IGameChangeResult, ITemplateChangeResult, IChannelChoiceResult;

/// <summary>Bad input, keyed by the snake_case field name; nothing was written.</summary>
public sealed record ValidationFailed(IReadOnlyDictionary<string, string[]> Errors)
    : IGameChangeResult, ITemplateChangeResult, IGuildSettingsResult, IChannelChoiceResult
{
    public static ValidationFailed For(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
