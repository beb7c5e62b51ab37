using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Figures;

internal sealed class FigureCheckConfiguration : IEntityTypeConfiguration<FigureCheck>
{
    public void Configure(EntityTypeBuilder<FigureCheck> builder)
    {
        builder.ToTable("FigureChecks");
        builder.HasKey(c => c.IncidentId);
        builder.Property(c => c.IncidentId).ValueGeneratedNever();
        builder.HasOne<Incident>().WithOne().HasForeignKey<FigureCheck>(c => c.IncidentId).OnDelete(DeleteBehavior.Cascade);
        // The refresh's scan: due rows, earliest first.
        builder.HasIndex(c => c.CheckAt);
    }
}
