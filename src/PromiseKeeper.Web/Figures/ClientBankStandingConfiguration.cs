using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PromiseKeeper.Domain.Clients;

namespace PromiseKeeper.Web.Figures;

internal sealed class ClientBankStandingConfiguration : IEntityTypeConfiguration<ClientBankStanding>
{
    public void Configure(EntityTypeBuilder<ClientBankStanding> builder)
    {
        builder.ToTable("ClientBankStandings");
        builder.HasKey(s => s.ClientId);
        builder.Property(s => s.ClientId).ValueGeneratedNever();
        builder.HasOne<Client>().WithOne().HasForeignKey<ClientBankStanding>(s => s.ClientId).OnDelete(DeleteBehavior.Cascade);
    }
}
