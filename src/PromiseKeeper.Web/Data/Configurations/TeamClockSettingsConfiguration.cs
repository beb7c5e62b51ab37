using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Data.Configurations;

internal sealed class TeamClockSettingsConfiguration : IEntityTypeConfiguration<TeamClockSettings>
{
    public void Configure(EntityTypeBuilder<TeamClockSettings> builder)
    {
        builder.HasKey(s => s.TeamId);
        builder.HasOne<Team>().WithOne().HasForeignKey<TeamClockSettings>(s => s.TeamId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.TimeZoneId).HasMaxLength(TimeZoneIds.MaxLength);
        foreach (var target in new[] { nameof(TeamClockSettings.TellClientDays), nameof(TeamClockSettings.HoldCallDays), nameof(TeamClockSettings.SendRecapDays), nameof(TeamClockSettings.SubmitRetroDays), nameof(TeamClockSettings.LegalReviewDays) })
        {
            builder.Property<decimal>(target).HasPrecision(5, 2);
        }

        builder.Property(s => s.WarnSharePercent).HasPrecision(4, 2);
        builder.Property(s => s.Version).IsRowVersion();
    }
}
