namespace GameScheduler.DiscordEmulator.Tests.Infrastructure;

/// <summary>Ids from the emulator's seed.json and its default configuration.</summary>
public static class Seed
{
    public const string BotToken = "emulator-bot-token";
    public const string ApplicationId = "1100000000000000001";
    public const string ClientSecret = "emulator-client-secret";

    public const string GuildA = "1200000000000000001";
    public const string GuildB = "1200000000000000002";
    public const string GuildAGeneral = "1210000000000000001";
    public const string GuildAGameNight = "1210000000000000002";
    public const string GuildBGeneral = "1210000000000000003";
    public const string GuildBRaids = "1210000000000000004";
    public const string GameMasterRole = "1220000000000000001";

    public const string AliceOwner = "1300000000000000001";
    public const string BobOwner = "1300000000000000002";
    public const string Anna = "1300000000000000003";
    public const string Ben = "1300000000000000004";
    public const string Carol = "1300000000000000005";
    public const string Dave = "1300000000000000006";
    public const string Gina = "1300000000000000007";
}
