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
        builder.HasIndex(template => template.GuildId).IsUnique().HasFilter("is_default").HasDatabaseName("ix_templates_one_default_per_guild");
    }
}
