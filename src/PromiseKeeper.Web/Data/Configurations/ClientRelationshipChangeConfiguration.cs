using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PromiseKeeper.Domain.Clients;

namespace PromiseKeeper.Web.Data.Configurations;

internal sealed class ClientRelationshipChangeConfiguration : IEntityTypeConfiguration<ClientRelationshipChange>
{
    public void Configure(EntityTypeBuilder<ClientRelationshipChange> builder)
    {
        builder.ToTable("ClientRelationshipChanges");
        builder.Property(c => c.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Reason).HasMaxLength(ClientRelationshipChange.ReasonMaxLength);
        builder.Property(c => c.ChangedById).HasMaxLength(450);
        builder.Property(c => c.ChangedByName).HasMaxLength(ApplicationUser.DisplayNameMaxLength);
        builder.HasOne<Client>().WithMany().HasForeignKey(c => c.ClientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.ChangedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.ClientId, c.ChangedAt });
    }
}
