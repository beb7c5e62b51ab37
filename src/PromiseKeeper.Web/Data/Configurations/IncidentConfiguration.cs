using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Data.Configurations;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.HasOne<Client>().WithMany().HasForeignKey(i => i.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(i => i.OwnerId).OnDelete(DeleteBehavior.Restrict);

        builder.Property(i => i.Summary).HasMaxLength(IncidentDetails.SummaryMaxLength);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.Stage).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.ContactName).HasMaxLength(IncidentDetails.NameMaxLength);
        builder.Property(i => i.ContactRole).HasMaxLength(IncidentDetails.NameMaxLength);
        builder.Property(i => i.ContactEmail).HasMaxLength(IncidentDetails.EmailMaxLength);
        builder.Property(i => i.PromiseDescription).HasMaxLength(IncidentDetails.LongTextMaxLength);
        builder.Property(i => i.PromisedBy).HasMaxLength(IncidentDetails.NameMaxLength);
        builder.Property(i => i.PromiseChannel).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.ContractReference).HasMaxLength(IncidentDetails.ContractReferenceMaxLength);
        builder.Property(i => i.ClientGoals).HasMaxLength(IncidentDetails.LongTextMaxLength);
        builder.Property(i => i.Fault).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.PersonalHarm).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.PersonalHarmNote).HasMaxLength(IncidentDetails.NoteMaxLength);
        builder.Property(i => i.FirstDisclosure).HasConversion<string>().HasMaxLength(40);

        builder.ComplexProperty(i => i.OurLossEstimate, money =>
        {
            money.Property(m => m.Amount).HasColumnName("OurLossAmount").HasPrecision(18, 2);
            money.Property(m => m.Currency).HasColumnName("OurLossCurrency").HasMaxLength(3).IsFixedLength();
        });
        builder.ComplexProperty(i => i.ClientClaimedLoss, money =>
        {
            money.Property(m => m.Amount).HasColumnName("ClientClaimedLossAmount").HasPrecision(18, 2);
            money.Property(m => m.Currency).HasColumnName("ClientClaimedLossCurrency").HasMaxLength(3).IsFixedLength();
        });

        builder.Property(i => i.Version).IsRowVersion();

        builder.HasMany(i => i.Timeline).WithOne().HasForeignKey(e => e.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Timeline).UsePropertyAccessMode(PropertyAccessMode.Field);

        // The list is sorted newest discovery first (DiscoveredAt, Id) and paged by that key; each
        // index leads with the column the list filters on most. PostgreSQL scans them backwards for DESC.
        builder.HasIndex(i => new { i.OwnerId, i.DiscoveredAt, i.Id });
        builder.HasIndex(i => new { i.ClientId, i.DiscoveredAt, i.Id });
        builder.HasIndex(i => new { i.Stage, i.DiscoveredAt, i.Id });
        builder.HasIndex(i => new { i.DiscoveredAt, i.Id });

        // Open incidents per client (the clients list); most incidents end up closed, so this stays small.
        builder.HasIndex(i => new { i.ClientId, i.OwnerId }, "IX_Incidents_Open_ClientId_OwnerId")
            .HasFilter($"\"Stage\" <> '{nameof(PlaybookStage.Closed)}' AND \"Stage\" <> '{nameof(PlaybookStage.NotApplicable)}'");
    }
}
