using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Data.Configurations;

internal sealed class RecordedBlameFindingConfiguration : IEntityTypeConfiguration<RecordedBlameFinding>
{
    public void Configure(EntityTypeBuilder<RecordedBlameFinding> builder)
    {
        builder.ToTable("BlameFindings");
        builder.Property(f => f.Text).HasConversion<string>().HasMaxLength(30);
        builder.Property(f => f.Category).HasConversion<string>().HasMaxLength(30);
        builder.Property(f => f.Phrase).HasMaxLength(RecordedBlameFinding.PhraseMaxLength);
        builder.HasIndex(f => f.IncidentId);
    }
}
