using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PromiseKeeper.Web.Infrastructure.Mail;

internal sealed class OutgoingEmailConfiguration : IEntityTypeConfiguration<OutgoingEmail>
{
    public void Configure(EntityTypeBuilder<OutgoingEmail> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.RecipientAddress).HasMaxLength(OutgoingEmail.AddressMaxLength);
        builder.Property(e => e.RecipientName).HasMaxLength(OutgoingEmail.NameMaxLength);
        builder.Property(e => e.ReplyToAddress).HasMaxLength(OutgoingEmail.AddressMaxLength);
        builder.Property(e => e.ReplyToName).HasMaxLength(OutgoingEmail.NameMaxLength);
        builder.Property(e => e.Subject).HasMaxLength(OutgoingEmail.SubjectMaxLength);
        builder.Property(e => e.Kind).HasMaxLength(OutgoingEmail.KindMaxLength);
        builder.Property(e => e.CalendarMethod).HasMaxLength(OutgoingEmail.CalendarMethodMaxLength);
        builder.Property(e => e.LastError).HasMaxLength(OutgoingEmail.ErrorMaxLength);
        builder.Property(e => e.State).HasConversion<string>().HasMaxLength(20);

        // The delivery worker's scan (DueEmails) and the backlog's pending count: only the few waiting rows.
        builder.HasIndex(e => e.NextAttemptAt)
            .HasFilter($"\"State\" = '{nameof(OutgoingEmailState.Pending)}'")
            .HasDatabaseName("IX_OutgoingEmails_Pending_NextAttemptAt");
        // The backlog page: the latest failed rows and their count.
        builder.HasIndex(e => e.CreatedAt)
            .HasFilter($"\"State\" = '{nameof(OutgoingEmailState.Failed)}'")
            .HasDatabaseName("IX_OutgoingEmails_Failed_CreatedAt");
        // The backlog page: how many went today.
        builder.HasIndex(e => e.SentAt)
            .HasFilter($"\"State\" = '{nameof(OutgoingEmailState.Sent)}'")
            .HasDatabaseName("IX_OutgoingEmails_Sent_SentAt");
    }
}
