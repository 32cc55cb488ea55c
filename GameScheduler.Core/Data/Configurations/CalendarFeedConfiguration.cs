using GameScheduler.Core.Calendar;
using GameScheduler.Core.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GameScheduler.Core.Data.Configurations;

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> builder)
    {
        builder.HasKey(feed => feed.UserId);
        builder.HasOne<User>().WithMany().HasForeignKey(feed => feed.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(feed => feed.TokenHash).IsUnique();
    }
}
