using PromiseKeeper.Domain.Clocks;

namespace PromiseKeeper.Web.ClockHistory;

/// <summary>
/// A stage clock of an incident that is not met yet, as <see cref="ClockSweep"/> last computed it, for the home page to read
/// with plain SQL. The sweep rewrites an incident's rows each time it reads the incident (every change queues it), so they are
/// at most one scheduler interval behind. Whether it warns or breached is decided at read time from <see cref="WarnsAt"/> and
/// <see cref="DueAt"/>, unless it is <see cref="ClockState.Paused"/> (then those two move on while the pause lasts).
/// </summary>
public sealed class RunningClock
{
    public long IncidentId { get; init; }

    /// <summary>The clock within its incident (<see cref="IncidentClock.Key"/>): one row per clock.</summary>
    public string ClockKey { get; init; } = string.Empty;

    public IncidentClockSubject Subject { get; init; }

    public ClockKind? Kind { get; init; }

    /// <summary>Running, Warning, Breached or Paused when read.</summary>
    public ClockState State { get; init; }

    public DateTimeOffset WarnsAt { get; init; }

    public DateTimeOffset DueAt { get; init; }

    /// <summary>When the sweep computed it.</summary>
    public DateTimeOffset ReadAt { get; init; }
}
