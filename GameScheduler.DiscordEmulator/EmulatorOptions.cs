namespace GameScheduler.DiscordEmulator;

/// <summary>The "Emulator" configuration section; the AppHost passes the same credentials to the Api and Bot.</summary>
public sealed class EmulatorOptions
{
    public const string SectionName = "Emulator";

    public string SeedFile { get; set; } = Path.Combine(AppContext.BaseDirectory, "seed.json");

    public string BotToken { get; set; } = "emulator-bot-token";

    /// <summary>The application (OAuth client) id, which is also the bot user's id.</summary>
    public string ApplicationId { get; set; } = "1100000000000000001";

    public string ClientSecret { get; set; } = "emulator-client-secret";

    /// <summary>Discord's default; tests shorten it to exercise heartbeats quickly.</summary>
    public int HeartbeatIntervalMs { get; set; } = 41250;
}
