using System.Text.Json;
using GameScheduler.Api.Infrastructure;

namespace GameScheduler.Api.Tests.Games;

/// <summary>The Api's JSON options, as its endpoints read and write bodies.</summary>
internal static class WireJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiJson.Configure(options);
        return options;
    }
}
