using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Data.Configurations;

internal sealed class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> builder)
    {
        builder.ToTable("CheckIns");
        builder.Property(e => e.Id).ValueGeneratedNever(); // made by the domain, so new children are inserted, not updated
        builder.Property(c => c.Topic).HasMaxLength(CheckIn.TopicMaxLength);
        builder.HasIndex(c => c.IncidentId);
        builder.Property(c => c.OwnerId).HasMaxLength(450);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => c.OwnerId).HasFilter("\"OwnerId\" IS NOT NULL");
        // The check-in reminder (Reminders/) marks what it told about; its scan reads only open check-ins still to remind.
        builder.HasIndex(c => c.PlannedOn, "IX_CheckIns_DueToRemind")
            .HasFilter("\"DueRemindedAt\" IS NULL AND NOT \"IsDone\" AND \"CancelledAt\" IS NULL");
        // The account manager's home page: open check-ins nobody else was given, earliest first.
        builder.HasIndex(c => new { c.PlannedOn, c.Id }, "IX_CheckIns_OpenWithoutOwner")
            .HasFilter("\"OwnerId\" IS NULL AND NOT \"IsDone\" AND \"CancelledAt\" IS NULL");
    }
}
