using GameScheduler.Core.Guilds;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GameScheduler.Core.Data.Configurations;

internal sealed class GuildConfiguration : IEntityTypeConfiguration<Guild>
{
    // A guild the bot was removed from reads as absent everywhere, and so do the games loaded with it.
    public void Configure(EntityTypeBuilder<Guild> builder) => builder.HasQueryFilter(guild => guild.RemovedAt == null);
}
