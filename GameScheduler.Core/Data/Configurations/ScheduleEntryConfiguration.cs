using GameScheduler.Core.Games;
using GameScheduler.Core.Schedules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GameScheduler.Core.Data.Configurations;

internal sealed class ScheduleEntryConfiguration : IEntityTypeConfiguration<ScheduleEntry>
{
    public void Configure(EntityTypeBuilder<ScheduleEntry> builder)
    {
        builder.HasOne<Game>().WithMany().HasForeignKey(entry => entry.GameId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(entry => entry.DueAt).HasFilter("processed_at IS NULL").HasDatabaseName("ix_schedule_entries_pending");
        builder.HasIndex(entry => entry.GameId);
    }
}
