using GameScheduler.Core.Games;
using GameScheduler.Core.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GameScheduler.Core.Data.Configurations;

internal sealed class GameConfiguration : IEntityTypeConfiguration<Game>
{
    public void Configure(EntityTypeBuilder<Game> builder)
    {
        builder.Property(game => game.Title).HasMaxLength(Game.TitleMaxLength);
        builder.HasOne(game => game.Guild).WithMany().HasForeignKey(game => game.GuildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(game => game.Channel).WithMany().HasForeignKey(game => game.ChannelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GameTemplate>().WithMany().HasForeignKey(game => game.TemplateId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(game => game.Host).WithMany().HasForeignKey(game => game.HostId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(game => game.Participants).WithOne().HasForeignKey(participant => participant.GameId).OnDelete(DeleteBehavior.Cascade);
        // Rows from before the choice existed keep their announcements.
        builder.Property(game => game.AfterGame).HasDefaultValue(AfterGame.Keep);
        builder.Property(game => game.AfterGameDelayMinutes).HasDefaultValue(AnnouncementTidy.DefaultDelayMinutes).HasSentinel(-1);
        // Set by the games_version trigger: 1 on insert, one more on every update, whichever statement makes it.
        builder.Property(game => game.Version).HasDefaultValue(1L).ValueGeneratedOnAddOrUpdate();
        builder.HasIndex(game => new { game.GuildId, game.ScheduledAt });
        builder.HasIndex(game => game.HostId);
        // One game per place in a series, so that two makers of the next game cannot both succeed.
        builder.HasIndex(game => new { game.SeriesId, game.SeriesNumber }).IsUnique().HasFilter("series_id IS NOT NULL");
    }
}
