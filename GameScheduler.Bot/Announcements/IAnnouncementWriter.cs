namespace GameScheduler.Bot.Announcements;

/// <summary>Brings one game's Discord announcement in line with the database (see <see cref="AnnouncementWriter"/>).</summary>
internal interface IAnnouncementWriter
{
    Task WriteAsync(Guid gameId, CancellationToken ct);
}
