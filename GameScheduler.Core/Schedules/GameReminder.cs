using GameScheduler.Core.Games;

namespace GameScheduler.Core.Schedules;

/// <summary>A reminder due now: DM each recipient that <see cref="Game"/> starts in <see cref="MinutesBefore"/> minutes.</summary>
/// <param name="RecipientUserIds">The confirmed players and the host, each once.</param>
public sealed record GameReminder(GameView Game, int MinutesBefore, IReadOnlyList<string> RecipientUserIds);
