using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Scheduling;

/// <summary>
/// The running Api's limits. Login starts are counted per client address, so the test starts its logins from loopback
/// addresses of its own (127.0.0.2 and 127.0.0.3), straight to the Api instance rather than through the orchestrator's
/// proxy (which would connect from 127.0.0.1): every other test's logins from 127.0.0.1 keep their whole allowance.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class LimitsTests(GraphFixture graph) : IAsyncLifetime
{
    private const int ConcurrentStarts = 16;
    private ApiSession _alice = null!;

    public async Task InitializeAsync()
    {
        await SeedGuilds.EnsureAsync(graph);
        _alice = await graph.LogInAsync(Seed.AliceOwner);
    }

    public Task DisposeAsync()
    {
        _alice.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Four_hundred_login_starts_in_ten_seconds_from_one_address_get_some_429s_with_retry_after()
    {
        using var client = await ClientFromAsync(IPAddress.Parse("127.0.0.2"));

        var started = DateTimeOffset.UtcNow;
        var answers = await StartLoginsAsync(client, 400);
        var elapsed = DateTimeOffset.UtcNow - started;

        Assert.True(elapsed < TimeSpan.FromSeconds(10), $"400 login starts took {elapsed}.");
        var refused = answers.Where(answer => answer.Status == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(refused);
        Assert.All(answers, answer => Assert.Contains(answer.Status, new[] { HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests }));
        Assert.All(refused, answer =>
        {
            Assert.InRange(answer.RetryAfterSeconds ?? 0, 1, 60);
            Assert.Equal("Too many requests", answer.Title);
        });
    }

    [Fact]
    public async Task Sixty_login_starts_in_a_minute_from_one_address_are_all_allowed()
    {
        using var client = await ClientFromAsync(IPAddress.Parse("127.0.0.3"));

        var answers = await StartLoginsAsync(client, 60);

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.Redirect, answer.Status));
    }

    [Fact]
    public async Task A_body_over_64_kilobytes_is_a_413_problem_and_a_role_list_longer_than_a_server_holds_is_a_400_on_its_field()
    {
        using var large = await _alice.Client.PostAsync("/api/v1/games",
            new StringContent($$"""{"title":"{{new string('x', 70_000)}}"}""", Encoding.UTF8, "application/json")).WaitAsync(ApiSession.RequestTimeout);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Equal("application/problem+json", large.Content.Headers.ContentType?.MediaType);

        var game = await _alice.CreateGameAsync(Seed.GuildA, Seed.GuildAGeneral, "Listed roles");
        var roles = JsonSerializer.Serialize(Enumerable.Repeat(Seed.GameMasterRole, 251));
        using var tooMany = await _alice.Client.PutAsync($"/api/v1/games/{game.GetProperty("id").GetString()}",
            new StringContent($$"""{"allowed_player_role_ids":{{roles}}}""", Encoding.UTF8, "application/json")).WaitAsync(ApiSession.RequestTimeout);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        var problem = JsonDocument.Parse(await tooMany.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty("allowed_player_role_ids", out _), problem.ToString());
    }

    private sealed record LoginStart(HttpStatusCode Status, int? RetryAfterSeconds, string? Title);

    private static async Task<LoginStart[]> StartLoginsAsync(HttpClient client, int count)
    {
        using var opening = new SemaphoreSlim(ConcurrentStarts);
        return await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
        {
            await opening.WaitAsync();
            try
            {
                using var response = await client.GetAsync("/api/v1/auth/login?return_to=/").WaitAsync(ApiSession.RequestTimeout);
                var title = response.StatusCode == HttpStatusCode.TooManyRequests
                    ? JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString()
                    : null;
                return new LoginStart(response.StatusCode, (int?)response.Headers.RetryAfter?.Delta?.TotalSeconds, title);
            }
            finally
            {
                opening.Release();
            }
        }));
    }

    /// <summary>A client of the Api instance itself whose connections come from <paramref name="address"/> on loopback.</summary>
    private async Task<HttpClient> ClientFromAsync(IPAddress address)
    {
        var instance = (await graph.ApiInstanceAddressesAsync(1))[0];
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(address, 0));
                    await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, context.DnsEndPoint.Port), ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = instance };
    }
}
