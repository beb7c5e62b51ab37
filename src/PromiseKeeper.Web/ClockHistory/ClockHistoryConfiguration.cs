using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.ClockHistory;

internal sealed class ClockCheckConfiguration : IEntityTypeConfiguration<ClockCheck>
{
    public void Configure(EntityTypeBuilder<ClockCheck> builder)
    {
        builder.ToTable("ClockChecks");
        builder.HasKey(c => c.IncidentId);
        builder.Property(c => c.IncidentId).ValueGeneratedNever();
        builder.HasOne<Incident>().WithOne().HasForeignKey<ClockCheck>(c => c.IncidentId).OnDelete(DeleteBehavior.Cascade);
        // The sweep's scan: due rows, earliest first.
        builder.HasIndex(c => c.CheckAt);
    }
}

internal sealed class ClockEventConfiguration : IEntityTypeConfiguration<ClockEvent>
{
    public void Configure(EntityTypeBuilder<ClockEvent> builder)
    {
        builder.ToTable("ClockEvents");
        builder.Property(e => e.ClockKey).HasMaxLength(ClockEvent.ClockKeyMaxLength);
        builder.Property(e => e.Subject).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Event).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Incident>().WithMany().HasForeignKey(e => e.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.IncidentId, e.ClockKey, e.Event }).IsUnique();
    }
}

internal sealed class RunningClockConfiguration : IEntityTypeConfiguration<RunningClock>
{
    public void Configure(EntityTypeBuilder<RunningClock> builder)
    {
        builder.ToTable("RunningClocks");
        // The home page reaches the rows from the incidents it lists, so the key by incident is the index it needs.
        builder.HasKey(c => new { c.IncidentId, c.ClockKey });
        builder.Property(c => c.ClockKey).HasMaxLength(ClockEvent.ClockKeyMaxLength);
        builder.Property(c => c.Subject).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.OwnerId).HasMaxLength(450);
        builder.HasOne<Incident>().WithMany().HasForeignKey(c => c.IncidentId).OnDelete(DeleteBehavior.Cascade);
        // The account manager's next steps, most urgent first, whatever the number of their open incidents (WaitingWorkSql):
        // running ones by due time, then paused ones.
        builder.HasIndex(c => new { c.OwnerId, c.DueAt }, "IX_RunningClocks_NextStep")
            .HasFilter($"\"IsNextStep\" AND \"State\" <> '{nameof(ClockState.Paused)}'");
        builder.HasIndex(c => new { c.OwnerId, c.DueAt }, "IX_RunningClocks_NextStep_Paused")
            .HasFilter($"\"IsNextStep\" AND \"State\" = '{nameof(ClockState.Paused)}'");
        // The team lead's clocks at risk or breached in their team, earliest due first.
        builder.HasIndex(c => new { c.TeamId, c.DueAt }, "IX_RunningClocks_Team_NotPaused")
            .HasFilter($"\"State\" <> '{nameof(ClockState.Paused)}'");
        // A head of customer success's breached clocks across every team, earliest due first.
        builder.HasIndex(c => c.DueAt, "IX_RunningClocks_NotPaused")
            .HasFilter($"\"State\" <> '{nameof(ClockState.Paused)}'");
    }
}
