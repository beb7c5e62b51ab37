using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Data.Configurations;

internal sealed class FieldCorrectionConfiguration : IEntityTypeConfiguration<FieldCorrection>
{
    public void Configure(EntityTypeBuilder<FieldCorrection> builder)
    {
        builder.ToTable("FieldHistory");
        builder.Property(c => c.Field).HasMaxLength(FieldCorrection.FieldMaxLength);
        builder.Property(c => c.OldValue).HasMaxLength(FieldCorrection.ValueMaxLength);
        builder.Property(c => c.NewValue).HasMaxLength(FieldCorrection.ValueMaxLength);
        builder.Property(c => c.ActorId).HasMaxLength(450);
        builder.Property(c => c.ActorName).HasMaxLength(FieldCorrection.ActorNameMaxLength);
        builder.Property(c => c.Reason).HasMaxLength(RecordCorrection.ReasonMaxLength);
        builder.HasIndex(c => c.IncidentId);
    }
}
