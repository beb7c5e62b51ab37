using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Data.Configurations;

internal sealed class PreventionMeasureConfiguration : IEntityTypeConfiguration<PreventionMeasure>
{
    public void Configure(EntityTypeBuilder<PreventionMeasure> builder)
    {
        builder.ToTable("PreventionMeasures");
        builder.Property(e => e.Id).ValueGeneratedNever(); // made by the domain, so new children are inserted, not updated
        builder.Property(m => m.Description).HasMaxLength(PreventionMeasure.DescriptionMaxLength);
        builder.Property(m => m.Owner).HasMaxLength(IncidentDetails.NameMaxLength);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.DoneNote).HasMaxLength(PreventionMeasure.DoneNoteMaxLength);
        builder.Property(m => m.DoneByName).HasMaxLength(200);
        builder.HasIndex(m => m.IncidentId);
        builder.Property(m => m.OwnerId).HasMaxLength(450);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.OwnerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(m => m.OwnerId).HasFilter("\"OwnerId\" IS NOT NULL");
        // Overdue measures for the team leads: only unfinished ones are ever looked up by date.
        builder.HasIndex(m => m.DueOn).HasFilter($"\"Status\" <> '{nameof(MeasureStatus.Done)}'");
        // The reminders (Reminders/) mark what they told about; their scans read only what is still to remind.
        builder.HasIndex(m => m.DueOn, "IX_PreventionMeasures_DueSoonToRemind")
            .HasFilter($"\"DueSoonRemindedAt\" IS NULL AND \"Status\" <> '{nameof(MeasureStatus.Done)}'");
        builder.HasIndex(m => m.DueOn, "IX_PreventionMeasures_OverdueToRemind")
            .HasFilter($"\"OverdueRemindedAt\" IS NULL AND \"Status\" <> '{nameof(MeasureStatus.Done)}'");
    }
}
