using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Data.Configurations;

/// <summary>What legal keeps on an incident besides its reviews: decisions on each text's wording, the notes thread, the do-not-say list.</summary>
internal sealed class LegalWordingConfiguration :
    IEntityTypeConfiguration<LegalTextReview>, IEntityTypeConfiguration<LegalNote>, IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<LegalTextReview> builder)
    {
        builder.ToTable("LegalTextReviews");
        builder.Property(r => r.Id).ValueGeneratedNever(); // made by the domain, so new children are inserted, not updated
        builder.Property(r => r.Text).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Decision).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Note).HasMaxLength(LegalTextReview.NoteMaxLength);
        builder.Property(r => r.ReviewerId).HasMaxLength(450);
        builder.Property(r => r.ReviewerName).HasMaxLength(200);
        builder.HasIndex(r => r.IncidentId);
    }

    public void Configure(EntityTypeBuilder<LegalNote> builder)
    {
        builder.ToTable("LegalNotes");
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.AuthorId).HasMaxLength(450);
        builder.Property(n => n.AuthorName).HasMaxLength(200);
        builder.Property(n => n.Text).HasMaxLength(LegalNote.TextMaxLength);
        builder.HasIndex(n => n.IncidentId);
    }

    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.HasMany(i => i.LegalTextReviews).WithOne().HasForeignKey(r => r.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.LegalTextReviews).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(i => i.LegalNotes).WithOne().HasForeignKey(n => n.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.LegalNotes).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(i => i.DoNotSay).HasDefaultValueSql("'{}'");
        builder.Ignore(i => i.ClientTexts);
        builder.Ignore(i => i.LegalThread);
    }
}
