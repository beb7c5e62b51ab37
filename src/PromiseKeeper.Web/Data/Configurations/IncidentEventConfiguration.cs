using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Data.Configurations;

internal sealed class IncidentEventConfiguration : IEntityTypeConfiguration<IncidentEvent>
{
    public void Configure(EntityTypeBuilder<IncidentEvent> builder)
    {
        builder.Property(e => e.ActorId).HasMaxLength(450);
        builder.Property(e => e.ActorName).HasMaxLength(200);
        builder.Property(e => e.Description).HasMaxLength(IncidentEvent.DescriptionMaxLength);
        builder.Property(e => e.TextKey).HasMaxLength(IncidentEvent.TextKeyMaxLength);
        builder.Property(e => e.TextValues).HasConversion(TextValuesJson.Converter).HasColumnType("jsonb");
        builder.HasIndex(e => new { e.IncidentId, e.OccurredAt });
    }
}
