using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Data.Configurations;

internal sealed class LegalReviewConfiguration : IEntityTypeConfiguration<LegalReview>
{
    public void Configure(EntityTypeBuilder<LegalReview> builder)
    {
        builder.ToTable("LegalReviews");
        builder.Property(e => e.Id).ValueGeneratedNever(); // made by the domain, so new children are inserted, not updated
        builder.Property(r => r.Decision).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Notes).HasMaxLength(LegalReview.NotesMaxLength);
        builder.Property(r => r.ReviewerId).HasMaxLength(450);
        builder.Property(r => r.ReviewerName).HasMaxLength(200);
        builder.HasIndex(r => r.IncidentId);
    }
}
