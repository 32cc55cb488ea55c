using System.Net.Http.Json;
using System.Text.Json;
using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Scheduling;

[Collection(GraphCollection.Name)]
public sealed class OpenApiDocumentTests(GraphFixture graph)
{
    [Fact]
    public async Task The_api_describes_its_routes_in_an_openapi_document_anyone_can_read()
    {
        using var client = graph.CreateHttpClient("api");

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json").WaitAsync(ApiSession.RequestTimeout);

        var paths = document.GetProperty("paths").EnumerateObject().Select(path => path.Name).ToList();
        Assert.Contains("/api/v1/games/{gameId}/join", paths);
        Assert.Contains("/api/v1/guilds/{guildId}/templates", paths);
        Assert.Contains("/api/v1/templates/{templateId}", paths);
        Assert.Contains("/api/v1/auth/login", paths);
    }
}
