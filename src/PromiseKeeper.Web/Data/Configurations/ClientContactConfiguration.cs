using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Web.Data.Configurations;

internal sealed class ClientContactConfiguration : IEntityTypeConfiguration<ClientContact>
{
    public void Configure(EntityTypeBuilder<ClientContact> builder)
    {
        builder.ToTable("ClientContacts");
        builder.Property(c => c.Name).HasMaxLength(ClientContact.NameMaxLength);
        builder.Property(c => c.Title).HasMaxLength(ClientContact.TitleMaxLength);
        builder.Property(c => c.Email).HasMaxLength(ClientContact.EmailMaxLength);
        builder.Property(c => c.Phone).HasMaxLength(ClientContact.PhoneMaxLength);
        builder.Property(c => c.Language).HasMaxLength(Languages.CodeMaxLength);
        builder.Property(c => c.Version).IsRowVersion();
        builder.HasOne<Client>().WithMany().HasForeignKey(c => c.ClientId).OnDelete(DeleteBehavior.Cascade);
        // The client page lists them by name; the Log form reads a client's active ones.
        builder.HasIndex(c => new { c.ClientId, c.Name });
    }
}
