using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Foundation;

/// <summary>
/// Local processes must be a drop-in for containers: the services see the same connection-string keys, each carrying
/// the same generated password parameter.
/// </summary>
public sealed class ConnectionStringParityTests
{
    private const string KeyPrefix = "ConnectionStrings__";

    [Theory]
    [InlineData("api")]
    [InlineData("bot")]
    public async Task Local_mode_gives_the_same_connection_strings_and_passwords_as_container_mode(string service)
    {
        var local = await ConnectionStringPasswordsAsync("local", service);
        var containers = await ConnectionStringPasswordsAsync("containers", service);

        Assert.Equal(containers, local);
        Assert.Equal("postgres-password", local[$"{KeyPrefix}gamescheduler"]);
        Assert.Equal("cache-password", local[$"{KeyPrefix}cache"]);
        Assert.Equal("messaging-password", local[$"{KeyPrefix}messaging"]);
    }

    /// <summary>Each connection-string key the service receives, and the parameters its connection string carries.</summary>
    private static async Task<SortedDictionary<string, string>> ConnectionStringPasswordsAsync(string mode, string service)
    {
        await using var model = await AppHostModel.BuildAsync($"--Infrastructure:Mode={mode}");
        var environment = await model.EnvironmentAsync(service);

        return new SortedDictionary<string, string>(
            environment.Keys.Where(key => key.StartsWith(KeyPrefix, StringComparison.Ordinal)).ToDictionary(
                key => key,
                key => string.Join(",", Parameters(model.Resources.Single(resource => resource.Name == key[KeyPrefix.Length..])))),
            StringComparer.Ordinal);
    }

    private static IEnumerable<string> Parameters(object provider) => provider switch
    {
        ParameterResource parameter => [parameter.Name],
        ReferenceExpression expression => expression.ValueProviders.SelectMany(Parameters),
        IResourceWithConnectionString resource => Parameters(resource.ConnectionStringExpression),
        _ => [],
    };
}
