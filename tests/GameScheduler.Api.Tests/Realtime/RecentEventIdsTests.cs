using GameScheduler.Api.Realtime;

namespace GameScheduler.Api.Tests.Realtime;

public sealed class RecentEventIdsTests
{
    [Fact]
    public void A_redelivered_id_is_recognised_until_enough_newer_ones_push_it_out()
    {
        var recent = new RecentEventIds(capacity: 2);
        var first = Guid.NewGuid();

        Assert.True(recent.Add(first));
        Assert.False(recent.Add(first));

        recent.Add(Guid.NewGuid());
        recent.Add(Guid.NewGuid());
        Assert.True(recent.Add(first));
    }
}
