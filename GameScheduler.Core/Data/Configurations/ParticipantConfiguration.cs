using GameScheduler.Core.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GameScheduler.Core.Data.Configurations;

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> builder)
    {
        builder.Ignore(participant => participant.DisplayName);
        builder.HasOne(participant => participant.User).WithMany().HasForeignKey(participant => participant.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(participant => new { participant.GameId, participant.UserId }).IsUnique().HasFilter("user_id IS NOT NULL");
        // The unique index above leaves placeholders out, so it cannot serve "the whole roster of a game".
        builder.HasIndex(participant => participant.GameId);
        builder.HasIndex(participant => participant.UserId);
        builder.ToTable(table => table.HasCheckConstraint(
            "ck_participants_user_or_placeholder", "(user_id IS NULL) <> (placeholder_name IS NULL)"));
    }
}
