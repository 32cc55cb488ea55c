using System.Net;
using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Scheduling;

/// <summary>Each Api instance keeps sessions in memory for a few seconds; logging out on one must still end them on all.</summary>
[Collection(TwoApiReplicasCollection.Name)]
public sealed class SessionsAcrossReplicasTests(TwoApiReplicasFixture replicas)
{
    // Under the Api's near-cache lifetime (10 s): a session refused within this was evicted, not expired.
    private static readonly TimeSpan Eviction = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Logging_out_on_one_instance_ends_the_session_on_the_other_at_once()
    {
        await SeedGuilds.EnsureAsync(replicas.Graph);
        using var carol = await replicas.Graph.LogInAsync(Seed.CarolBothGuilds);
        using var first = OnInstance(0, carol);
        using var second = OnInstance(1, carol);
        Assert.Equal(HttpStatusCode.OK, await second.StatusAsync(HttpMethod.Get, "/api/v1/auth/user"));

        Assert.Equal(HttpStatusCode.NoContent, await first.StatusAsync(HttpMethod.Post, "/api/v1/auth/logout"));

        await Eventually.ReadsAsync(() => second.StatusAsync(HttpMethod.Get, "/api/v1/auth/user"),
            status => status == HttpStatusCode.Unauthorized, Eviction, "the other instance refuses the ended session");
    }

    private HttpClient OnInstance(int instance, ApiSession session)
    {
        var client = new HttpClient { BaseAddress = replicas.ApiInstances[instance], Timeout = ApiSession.RequestTimeout };
        client.DefaultRequestHeaders.Add("Cookie", $"session_token={session.SessionToken}");
        client.DefaultRequestHeaders.Add("X-Requested-With", "XMLHttpRequest");
        return client;
    }
}
