using GameScheduler.Core.Games;
using GameScheduler.Core.Guilds;
using GameScheduler.Core.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GameScheduler.Core.Data.Configurations;

internal sealed class GameTemplateConfiguration : IEntityTypeConfiguration<GameTemplate>
{
    public void Configure(EntityTypeBuilder<GameTemplate> builder)
    {
        builder.ToTable("templates");
        builder.HasOne<Guild>().WithMany().HasForeignKey(template => template.GuildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Channel>().WithMany().HasForeignKey(template => template.ChannelId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Channel>().WithMany().HasForeignKey(template => template.ArchiveChannelId).OnDelete(DeleteBehavior.SetNull);
        // Templates from before the choice existed keep their announcements.
        builder.Property(template => template.AfterGame).HasDefaultValue(AfterGame.Keep);
        builder.Property(template => template.AfterGameDelayMinutes).HasDefaultValue(AnnouncementTidy.DefaultDelayMinutes).HasSentinel(-1);
        builder.HasIndex(template => template.GuildId).IsUnique().HasFilter("is_default").HasDatabaseName("ix_templates_one_default_per_guild");
    }
}
