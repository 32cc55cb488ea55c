using GameScheduler.Api.Realtime;
using Microsoft.Extensions.Options;

namespace GameScheduler.Api.Tests.Realtime;

public sealed class ConnectionRegistryTests
{
    private const int MaxStreamsPerUser = 5;
    private readonly ConnectionRegistry _registry = new(Options.Create(new RealtimeOptions { MaxStreamsPerUser = MaxStreamsPerUser }));

    private SseConnection Open(string userId, params string[] guildIds)
    {
        var connection = new SseConnection(userId, guildIds, bufferSize: 8);
        _registry.Add(connection);
        return connection;
    }

    [Fact]
    public void A_guilds_subscribers_are_its_own_streams_grouped_by_user()
    {
        var anna = Open("anna", "A");
        var annaSecondTab = Open("anna", "A");
        var ben = Open("ben", "B");
        var carol = Open("carol", "A", "B");

        var inA = _registry.SubscribersOf("A").ToDictionary(user => user.UserId, user => user.Connections.ToHashSet());

        Assert.Equal(["anna", "carol"], inA.Keys.Order());
        Assert.True(inA["anna"].SetEquals([anna, annaSecondTab]));
        Assert.Equal([carol], inA["carol"]);
        Assert.DoesNotContain(ben, inA.Values.SelectMany(set => set));
        Assert.Empty(_registry.SubscribersOf("unknown guild"));
        Assert.Equal(4, _registry.Count);
    }

    [Fact]
    public void Revoking_a_user_from_a_guild_stops_all_their_streams_there_and_nothing_else()
    {
        var carol = Open("carol", "A", "B");
        var carolSecondTab = Open("carol", "A");
        Open("anna", "A");

        _registry.Revoke("A", "carol");

        Assert.Equal(["anna"], _registry.SubscribersOf("A").Select(user => user.UserId));
        Assert.Equal(["carol"], _registry.SubscribersOf("B").Select(user => user.UserId));
        Assert.Equal(["B"], carol.GuildIds);
        Assert.Empty(carolSecondTab.GuildIds);
        Assert.Equal(3, _registry.Count);
    }

    [Fact]
    public void Unsubscribing_one_stream_leaves_the_users_other_streams_subscribed()
    {
        var first = Open("carol", "A");
        var second = Open("carol", "A");

        _registry.Unsubscribe(first, "A");

        Assert.Equal([second], _registry.SubscribersOf("A").Single().Connections);
        Assert.False(first.Subscribes("A"));
    }

    [Fact]
    public void Removing_the_last_stream_leaves_no_trace_of_its_user_or_guilds()
    {
        var first = Open("carol", "A", "B");
        var second = Open("carol", "B");

        _registry.Remove(first);
        Assert.True(_registry.HasConnections("carol"));
        Assert.Empty(_registry.SubscribersOf("A"));

        _registry.Remove(second);
        _registry.Remove(second);
        Assert.False(_registry.HasConnections("carol"));
        Assert.Empty(_registry.SubscribersOf("B"));
        Assert.Empty(_registry.All);
        Assert.Equal(0, _registry.Count);
    }

    [Fact]
    public void A_stream_beyond_the_users_limit_closes_their_oldest_and_leaves_others_alone()
    {
        var annas = Enumerable.Range(0, MaxStreamsPerUser).Select(_ => Open("anna", "A")).ToList();
        var ben = Open("ben", "A");

        var newest = Open("anna", "A");

        Assert.True(annas[0].Frames.Completion.IsCompleted);
        Assert.All(annas.Skip(1).Append(newest).Append(ben), connection => Assert.False(connection.Frames.Completion.IsCompleted));
        var inA = _registry.SubscribersOf("A").ToDictionary(user => user.UserId, user => user.Connections.ToHashSet());
        Assert.True(inA["anna"].SetEquals(annas.Skip(1).Append(newest)));
        Assert.Equal(MaxStreamsPerUser + 1, _registry.Count);

        var afterThat = Open("anna", "A");
        Assert.True(annas[1].Frames.Completion.IsCompleted);
        Assert.DoesNotContain(annas[1], _registry.All);
        Assert.Contains(afterThat, _registry.All);
    }
}
