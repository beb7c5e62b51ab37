using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Figures;

internal sealed class IncidentFiguresConfiguration : IEntityTypeConfiguration<IncidentFigures>
{
    public void Configure(EntityTypeBuilder<IncidentFigures> builder)
    {
        builder.ToTable("IncidentFigures");
        builder.HasKey(f => f.IncidentId);
        builder.Property(f => f.IncidentId).ValueGeneratedNever();
        builder.HasOne<Incident>().WithOne().HasForeignKey<IncidentFigures>(f => f.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(f => f.Severity).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.OfferToLossRatio).HasPrecision(18, 4);
    }
}
