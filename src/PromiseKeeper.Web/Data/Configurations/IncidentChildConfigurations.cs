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

internal sealed class CompensationOptionConfiguration : IEntityTypeConfiguration<CompensationOption>
{
    public void Configure(EntityTypeBuilder<CompensationOption> builder)
    {
        builder.ToTable("CompensationOptions");
        builder.Property(e => e.Id).ValueGeneratedNever(); // made by the domain, so new children are inserted, not updated
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(o => o.Description).HasMaxLength(OptionDetails.DescriptionMaxLength);
        builder.Property(o => o.ConfirmedBy).HasMaxLength(IncidentDetails.NameMaxLength);
        builder.ComplexProperty(o => o.CostToUs, money =>
        {
            money.Property(m => m.Amount).HasColumnName("CostToUsAmount").HasPrecision(18, 2);
            money.Property(m => m.Currency).HasColumnName("CostToUsCurrency").HasMaxLength(3).IsFixedLength();
        });
        builder.ComplexProperty(o => o.ValueToClient, money =>
        {
            money.Property(m => m.Amount).HasColumnName("ValueToClientAmount").HasPrecision(18, 2);
            money.Property(m => m.Currency).HasColumnName("ValueToClientCurrency").HasMaxLength(3).IsFixedLength();
        });
        builder.HasIndex(o => o.IncidentId);
    }
}

internal sealed class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> builder)
    {
        builder.ToTable("CheckIns");
        builder.Property(e => e.Id).ValueGeneratedNever(); // made by the domain, so new children are inserted, not updated
        builder.Property(c => c.Topic).HasMaxLength(CheckIn.TopicMaxLength);
        builder.HasIndex(c => c.IncidentId);
    }
}

internal sealed class PreventionMeasureConfiguration : IEntityTypeConfiguration<PreventionMeasure>
{
    public void Configure(EntityTypeBuilder<PreventionMeasure> builder)
    {
        builder.ToTable("PreventionMeasures");
        builder.Property(e => e.Id).ValueGeneratedNever(); // made by the domain, so new children are inserted, not updated
        builder.Property(m => m.Description).HasMaxLength(PreventionMeasure.DescriptionMaxLength);
        builder.Property(m => m.Owner).HasMaxLength(IncidentDetails.NameMaxLength);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.DoneNote).HasMaxLength(PreventionMeasure.DoneNoteMaxLength);
        builder.Property(m => m.DoneByName).HasMaxLength(200);
        builder.HasIndex(m => m.IncidentId);
        // Overdue measures for the team leads: only unfinished ones are ever looked up by date.
        builder.HasIndex(m => m.DueOn).HasFilter($"\"Status\" <> '{nameof(MeasureStatus.Done)}'");
    }
}

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
