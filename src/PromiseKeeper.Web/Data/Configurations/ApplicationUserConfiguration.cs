using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Web.Data.Configurations;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        // A team with members cannot be deleted by accident: move its members first.
        builder.HasOne<Team>().WithMany().HasForeignKey(u => u.TeamId).OnDelete(DeleteBehavior.Restrict);

        // Users that existed before deactivation was possible stay active. The sentinel is "true" so EF
        // leaves the column to its default only when the user is active, and writes an explicit false.
        builder.Property(u => u.IsActive).HasDefaultValue(true).HasSentinel(true);

        // Users from before time zones read and type UTC, as they always did.
        builder.Property(u => u.TimeZoneId).HasMaxLength(TimeZoneIds.MaxLength).HasDefaultValue(TimeZoneIds.Utc);
        builder.Property(u => u.Language).HasMaxLength(Languages.CodeMaxLength);
    }
}
