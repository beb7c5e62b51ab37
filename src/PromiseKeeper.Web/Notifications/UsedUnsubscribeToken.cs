using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PromiseKeeper.Web.Notifications;

/// <summary>An unsubscribe token that was used: its nonce, so the same link cannot be used again.</summary>
public sealed class UsedUnsubscribeToken
{
    public Guid Nonce { get; init; }

    public DateTimeOffset UsedAt { get; init; }
}

internal sealed class UsedUnsubscribeTokenConfiguration : IEntityTypeConfiguration<UsedUnsubscribeToken>
{
    public void Configure(EntityTypeBuilder<UsedUnsubscribeToken> builder)
    {
        builder.ToTable("UsedUnsubscribeTokens");
        builder.HasKey(t => t.Nonce);
        builder.Property(t => t.Nonce).ValueGeneratedNever();
    }
}
