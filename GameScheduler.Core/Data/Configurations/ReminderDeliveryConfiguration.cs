using GameScheduler.Core.Games;
using GameScheduler.Core.Schedules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GameScheduler.Core.Data.Configurations;

internal sealed class ReminderDeliveryConfiguration : IEntityTypeConfiguration<ReminderDelivery>
{
    public void Configure(EntityTypeBuilder<ReminderDelivery> builder)
    {
        builder.HasOne<ScheduleEntry>().WithMany().HasForeignKey(delivery => delivery.ScheduleEntryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Game>().WithMany().HasForeignKey(delivery => delivery.GameId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(delivery => new { delivery.ScheduleEntryId, delivery.RecipientUserId }).IsUnique();
        builder.HasIndex(delivery => delivery.NextAttemptAt).HasFilter("sent_at IS NULL").HasDatabaseName("ix_reminder_deliveries_pending");
        builder.HasIndex(delivery => delivery.GameId);
    }
}
