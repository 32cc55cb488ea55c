namespace GameScheduler.EndToEnd.Tests.Infrastructure;

/// <summary>The emulator's seeded Discord (GameScheduler.DiscordEmulator/seed.json).</summary>
public static class Seed
{
    public const string GuildA = "1200000000000000001";
    public const string GuildB = "1200000000000000002";
    public const string GuildAGeneral = "1210000000000000001";
    public const string GuildAGameNight = "1210000000000000002";
    public const string GuildBGeneral = "1210000000000000003";
    public const string GuildBRaids = "1210000000000000004";

    public const string GameMasterRole = "1220000000000000001";
    public const string RaidLeadRole = "1220000000000000002";

    /// <summary>What @everyone may do in both guilds: view channels, send messages, and more.</summary>
    public const long EveryonePermissions = 2147601473;

    /// <summary>The bot's user (the emulator's application id); it holds no role of its own.</summary>
    public const string Bot = "1100000000000000001";

    /// <summary>Owner of guild A: may create games there.</summary>
    public const string AliceOwner = "1300000000000000001";
    public const string BobOwner = "1300000000000000002";
    public const string AnnaGuildAOnly = "1300000000000000003";
    public const string BenGuildBOnly = "1300000000000000004";
    public const string CarolBothGuilds = "1300000000000000005";
    public const string GinaGameMaster = "1300000000000000007";
}
