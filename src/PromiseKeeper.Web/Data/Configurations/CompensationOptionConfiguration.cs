using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Data.Configurations;

internal sealed class CompensationOptionConfiguration : IEntityTypeConfiguration<CompensationOption>
{
    public void Configure(EntityTypeBuilder<CompensationOption> builder)
    {
        builder.ToTable("CompensationOptions");
        builder.Property(e => e.Id).ValueGeneratedNever(); // made by the domain, so new children are inserted, not updated
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(o => o.Description).HasMaxLength(OptionDetails.DescriptionMaxLength);
        builder.Property(o => o.ClientDescription).HasMaxLength(OptionDetails.DescriptionMaxLength);
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
