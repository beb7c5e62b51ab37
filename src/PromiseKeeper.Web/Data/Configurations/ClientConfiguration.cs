using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Web.Data.Configurations;

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> builder)
    {
        // citext: "Acme" and "ACME" are the same client, for uniqueness and for search.
        builder.Property(c => c.Name).HasColumnType("citext").HasMaxLength(Client.NameMaxLength);
        builder.HasIndex(c => c.Name).IsUnique();
        builder.Property(c => c.Loyalty).HasConversion<string>().HasMaxLength(20);
        // Clients added before languages were asked for are written to in English.
        builder.Property(c => c.Language).HasMaxLength(Languages.CodeMaxLength).HasDefaultValue(Languages.English);
        // The client's SLA: null where the team's target applies.
        foreach (var target in new[] { nameof(Client.TellClientDays), nameof(Client.HoldCallDays), nameof(Client.SendRecapDays), nameof(Client.SubmitRetroDays), nameof(Client.LegalReviewDays) })
        {
            builder.Property<decimal?>(target).HasColumnName("Sla" + target).HasPrecision(5, 2);
        }
    }
}
