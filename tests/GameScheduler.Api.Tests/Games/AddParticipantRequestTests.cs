using GameScheduler.Api.Games;
using GameScheduler.Core.Participants;

namespace GameScheduler.Api.Tests.Games;

public sealed class AddParticipantRequestTests
{
    [Fact]
    public void A_user_id_adds_a_member_and_a_display_name_a_placeholder()
    {
        Assert.Equal(NewParticipant.ForUser("1300000000000000003"), new AddParticipantRequest("1300000000000000003", null).ToNewParticipant());
        Assert.Equal(NewParticipant.Placeholder("Cousin Vinny"), new AddParticipantRequest(null, "Cousin Vinny").ToNewParticipant());
    }

    [Fact]
    public void Both_or_neither_is_no_participant()
    {
        Assert.Null(new AddParticipantRequest("1300000000000000003", "Cousin Vinny").ToNewParticipant());
        Assert.Null(new AddParticipantRequest(null, null).ToNewParticipant());
        Assert.Equal(["display_name", "user_id"], AddParticipantRequest.EitherFieldRequired.Errors.Keys.Order());
    }
}
