using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Data.Configurations;

/// <summary>The waits that held an incident's clocks: on the client, and on legal once legal decided.</summary>
internal sealed class IncidentPauseConfiguration : IEntityTypeConfiguration<IncidentPause>, IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<IncidentPause> builder)
    {
        builder.ToTable("IncidentPauses");
        builder.Property(p => p.Id).ValueGeneratedNever(); // made by the domain, so new children are inserted, not updated
        builder.Property(p => p.Reason).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Note).HasMaxLength(IncidentPause.NoteMaxLength);
        builder.Property(p => p.StartedByName).HasMaxLength(200);
        builder.Property(p => p.EndedByName).HasMaxLength(200);
        builder.HasIndex(p => p.IncidentId);
        // At most one open wait on the client per incident, whatever two people post at once.
        builder.HasIndex(p => p.IncidentId, "IX_IncidentPauses_OpenClientPause").IsUnique()
            .HasFilter($"\"EndedAt\" IS NULL AND \"Reason\" = '{nameof(PauseReason.WaitingOnClient)}'");
    }

    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.HasMany(i => i.Pauses).WithOne().HasForeignKey(p => p.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Pauses).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(i => i.OpenClientPause);
        builder.Ignore(i => i.WaitingOnLegalSince);
    }
}
