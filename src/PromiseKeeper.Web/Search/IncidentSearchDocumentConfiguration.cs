using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Search;

internal sealed class IncidentSearchDocumentConfiguration : IEntityTypeConfiguration<IncidentSearchDocument>
{
    public void Configure(EntityTypeBuilder<IncidentSearchDocument> builder)
    {
        builder.ToTable(IncidentSearchSql.Table);
        builder.HasKey(d => d.IncidentId);
        builder.Property(d => d.IncidentId).ValueGeneratedNever();
        builder.HasOne<Incident>().WithOne().HasForeignKey<IncidentSearchDocument>(d => d.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(d => d.Config).HasMaxLength(40);
        builder.HasIndex(d => d.Vector).HasMethod("GIN");
        builder.Property(d => d.OwnerId).IsRequired();
        // The newest matches of a word, walked when the word is common (docs/adr/0025, "Keys next to the words").
        builder.HasIndex(d => new { d.DiscoveredAt, d.IncidentId });
        builder.HasIndex(d => new { d.OwnerId, d.DiscoveredAt, d.IncidentId });
        builder.HasIndex(d => new { d.TeamId, d.DiscoveredAt, d.IncidentId });
    }
}
