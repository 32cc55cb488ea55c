namespace GameScheduler.MigrationService;

public sealed class MigrationOptions
{
    public const string SectionName = "Migrations";

    /// <summary>How long to keep trying while the database does not accept connections yet.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(60);

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);
}
