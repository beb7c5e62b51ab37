using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PromiseKeeper.Web.Data.Configurations;

internal sealed class EvidenceDocumentContentConfiguration : IEntityTypeConfiguration<EvidenceDocumentContent>
{
    public void Configure(EntityTypeBuilder<EvidenceDocumentContent> builder)
    {
        builder.ToTable("EvidenceDocumentContents");
        builder.HasKey(c => c.EvidenceItemId);
        builder.HasOne(c => c.Evidence).WithOne().HasForeignKey<EvidenceDocumentContent>(c => c.EvidenceItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
