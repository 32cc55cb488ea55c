using GameScheduler.Core.Games;

namespace GameScheduler.Bot.Gateway;

/// <summary>What members are called in one guild (nickname, else display name), for the users a message mentions.</summary>
internal sealed record MemberNames(IReadOnlyDictionary<string, string> ByUserId)
{
    public static MemberNames None { get; } = new(new Dictionary<string, string>());

    public string Of(string userId, string fallback) => ByUserId.GetValueOrDefault(userId, fallback);

    /// <summary>A placeholder player has no Discord user and keeps the name the host gave it.</summary>
    public string Of(ParticipantView participant) =>
        participant.UserId is { } userId ? Of(userId, participant.DisplayName) : participant.DisplayName;
}
