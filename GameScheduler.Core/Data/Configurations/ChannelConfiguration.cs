using GameScheduler.Core.Guilds;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GameScheduler.Core.Data.Configurations;

internal sealed class ChannelConfiguration : IEntityTypeConfiguration<Channel>
{
    public void Configure(EntityTypeBuilder<Channel> builder)
    {
        builder.HasOne<Guild>().WithMany().HasForeignKey(channel => channel.GuildId).OnDelete(DeleteBehavior.Cascade);
        builder.ComplexCollection(channel => channel.PermissionOverwrites, overwrite =>
        {
            overwrite.ToJson();
            overwrite.Property(entry => entry.Id).HasJsonPropertyName("id");
            overwrite.Property(entry => entry.Type).HasJsonPropertyName("type");
            overwrite.Property(entry => entry.Allow).HasJsonPropertyName("allow");
            overwrite.Property(entry => entry.Deny).HasJsonPropertyName("deny");
        });
    }
}
