using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PromiseKeeper.Web.Data.Configurations;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        // citext: "Support" and "SUPPORT" are the same team, for uniqueness and for ordering.
        builder.Property(t => t.Name).HasColumnType("citext").HasMaxLength(Team.NameMaxLength);
        builder.HasIndex(t => t.Name).IsUnique();
    }
}
