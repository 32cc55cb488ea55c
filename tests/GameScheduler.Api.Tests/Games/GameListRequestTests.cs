using GameScheduler.Api.Games;
using GameScheduler.Core.Games;

namespace GameScheduler.Api.Tests.Games;

public sealed class GameListRequestTests
{
    [Fact]
    public void Without_parameters_the_first_page_of_twenty_lists_every_guild()
    {
        Assert.True(new GameListRequest(null, null, null, null, null).TryToQuery(out var query, out _));

        Assert.Equal(new GameListQuery(null, null, null, 1, 20), query);
    }

    [Fact]
    public void Filters_read_in_their_wire_spelling()
    {
        Assert.True(new GameListRequest("1200000000000000001", "IN_PROGRESS", "participant", 3, 50).TryToQuery(out var query, out _));

        Assert.Equal(new GameListQuery("1200000000000000001", GameStatus.InProgress, GameRoleFilter.Participant, 3, 50), query);
    }

    [Fact]
    public void Each_wrong_parameter_gets_its_own_message()
    {
        Assert.False(new GameListRequest(null, "in progress", "owner", 0, 101).TryToQuery(out _, out var errors));

        Assert.Equal(["page", "page_size", "role", "status"], errors.Keys.Order());
    }

    [Fact]
    public void A_page_whose_offset_would_overflow_is_refused()
    {
        Assert.False(new GameListRequest(null, null, null, 21474838, 100).TryToQuery(out _, out var errors));

        Assert.Equal(["page"], errors.Keys);
        Assert.True(new GameListRequest(null, null, null, GameListQuery.MaxPage, GameListQuery.MaxPageSize).TryToQuery(out _, out _));
    }
}
