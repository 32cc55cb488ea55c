using System.Text.Json;

namespace GameScheduler.DiscordEmulator.State;

public static class SeedLoader
{
    private static readonly JsonSerializerOptions SeedJson = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static SeedDocument Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Emulator seed file '{path}' does not exist (set Emulator:SeedFile).");
        }

        using var stream = File.OpenRead(path);
        SeedDocument? seed;
        try
        {
            seed = JsonSerializer.Deserialize<SeedDocument>(stream, SeedJson);
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException($"Emulator seed file '{path}' is not valid: {exception.Message}", exception);
        }

        if (seed is null)
        {
            throw new InvalidOperationException($"Emulator seed file '{path}' is empty.");
        }

        Validate(seed, path);
        return seed;
    }

    private static void Validate(SeedDocument seed, string path)
    {
        var guildIds = seed.Guilds.Select(guild => guild.Id).ToHashSet();
        var userIds = seed.Users.Select(user => user.Id).ToHashSet();
        var problems = seed.Guilds
            .Where(guild => !userIds.Contains(guild.OwnerId))
            .Select(guild => $"guild {guild.Id} has owner {guild.OwnerId}, who is not a seeded user")
            .Concat(seed.Users
                .SelectMany(user => user.GuildIds.Where(id => !guildIds.Contains(id))
                .Select(id => $"user {user.Id} is in unknown guild {id}")))
            .ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"Emulator seed file '{path}' is inconsistent: {string.Join("; ", problems)}.");
        }
    }
}
