using GameScheduler.Core.Games;

namespace GameScheduler.Core.Schedules;

/// <summary>A reminder DM to send now: tell <see cref="RecipientUserId"/> that <see cref="Game"/> starts soon.</summary>
/// <param name="DeliveryId">The <see cref="ReminderDelivery"/> to mark sent once the DM went out.</param>
public sealed record DueReminder(long DeliveryId, string RecipientUserId, GameView Game);
