using GameScheduler.Core.Guilds;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GameScheduler.Core.Data.Configurations;

internal sealed class ChannelConfiguration : IEntityTypeConfiguration<Channel>
{
    public void Configure(EntityTypeBuilder<Channel> builder) =>
        builder.HasOne<Guild>().WithMany().HasForeignKey(channel => channel.GuildId).OnDelete(DeleteBehavior.Cascade);
}
