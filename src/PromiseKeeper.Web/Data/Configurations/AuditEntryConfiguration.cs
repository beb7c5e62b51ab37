using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PromiseKeeper.Web.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable(AuditLogSql.Table);
        builder.Property(e => e.ActorId).HasMaxLength(AuditEntry.ActorIdMaxLength);
        builder.Property(e => e.ActorName).HasMaxLength(AuditEntry.ActorNameMaxLength);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(AuditEntry.ActionMaxLength);
        builder.Property(e => e.Subject).HasMaxLength(AuditEntry.SubjectMaxLength);
        builder.Property(e => e.Details).HasMaxLength(AuditEntry.DetailsMaxLength);
        builder.Property(e => e.DetailsKey).HasMaxLength(AuditEntry.DetailsKeyMaxLength);
        builder.Property(e => e.DetailsValues).HasConversion(TextValuesJson.Converter).HasColumnType("jsonb");
        builder.Property(e => e.IpAddress).HasMaxLength(AuditEntry.IpAddressMaxLength);
        builder.Property(e => e.UserAgent).HasMaxLength(AuditEntry.UserAgentMaxLength);

        // The audit page reads newest first and pages by (OccurredAt, Id): this index serves both.
        builder.HasIndex(e => new { e.OccurredAt, e.Id }).IsDescending(true, true);
        builder.HasIndex(e => e.IncidentId);
    }
}
