using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.Property(n => n.RecipientId).HasMaxLength(Notification.UserIdMaxLength);
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(n => n.ActorName).HasMaxLength(Notification.NameMaxLength);
        builder.Property(n => n.OtherName).HasMaxLength(Notification.NameMaxLength);
        builder.Property(n => n.Reason).HasMaxLength(Notification.ReasonMaxLength);
        builder.Property(n => n.Email).HasConversion<string>().HasMaxLength(10);
        builder.Property(n => n.ClockSubject).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.ClockKind).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Cascade);

        // "My notifications, newest first" pages by (CreatedAt, Id); the partial index counts and lists the unread ones.
        builder.HasIndex(n => new { n.RecipientId, n.CreatedAt, n.Id }).IsDescending(false, true, true);
        builder.HasIndex(n => new { n.RecipientId, n.CreatedAt, n.Id }, "IX_Notifications_Unread")
            .IsDescending(false, true, true)
            .HasFilter("\"ReadAt\" IS NULL");
        // The daily digest reads only what still waits for it, per recipient.
        builder.HasIndex(n => new { n.RecipientId, n.CreatedAt }, "IX_Notifications_DigestPending")
            .HasFilter($"\"Email\" = '{nameof(NotificationEmail.Digest)}' AND \"EmailQueuedAt\" IS NULL");
    }
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> builder)
    {
        builder.ToTable("NotificationPreferences");
        builder.HasKey(p => new { p.UserId, p.Kind });
        builder.Property(p => p.UserId).HasMaxLength(Notification.UserIdMaxLength);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(p => p.Email).HasConversion<string>().HasMaxLength(10);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
