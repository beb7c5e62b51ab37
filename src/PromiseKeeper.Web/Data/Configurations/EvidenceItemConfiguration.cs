using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Data.Configurations;

internal sealed class EvidenceItemConfiguration : IEntityTypeConfiguration<EvidenceItem>
{
    public void Configure(EntityTypeBuilder<EvidenceItem> builder)
    {
        builder.ToTable("EvidenceItems");
        builder.Property(e => e.Id).ValueGeneratedNever(); // made by the domain, so new children are inserted, not updated
        builder.Property(e => e.Title).HasMaxLength(EvidenceItem.TitleMaxLength);
        builder.Property(e => e.PastedText).HasMaxLength(EvidenceItem.PastedTextMaxLength);
        builder.Property(e => e.FileName).HasMaxLength(Domain.Evidence.EvidenceFileCheck.FileNameMaxLength);
        builder.Property(e => e.ContentType).HasMaxLength(100);
        builder.Property(e => e.AddedByName).HasMaxLength(200);
        builder.HasIndex(e => new { e.IncidentId, e.AddedAt });
    }
}
