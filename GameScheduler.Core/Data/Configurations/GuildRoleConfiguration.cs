using GameScheduler.Core.Guilds;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GameScheduler.Core.Data.Configurations;

internal sealed class GuildRoleConfiguration : IEntityTypeConfiguration<GuildRole>
{
    public void Configure(EntityTypeBuilder<GuildRole> builder)
    {
        builder.ToTable("roles");
        builder.HasOne<Guild>().WithMany().HasForeignKey(role => role.GuildId).OnDelete(DeleteBehavior.Cascade);
    }
}
