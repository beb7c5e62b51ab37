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

    /// <summary>The incident's account manager when the sweep read it (the home page's index of next steps leads with it).</summary>
    public string OwnerId { get; init; } = string.Empty;

    /// <summary>The incident's team when the sweep read it (the team lead's clocks at risk are read by team).</summary>
    public int? TeamId { get; init; }

    /// <summary>
    /// The most urgent of the account manager's own clocks of the incident (not legal's): the due time the home page shows
    /// beside the incident's next step. Not paused before paused, then the earliest due; that order does not change with time
    /// (a clock breaches when its due time passes), so the sweep can choose it once.
    /// </summary>
    public bool IsNextStep { get; init; }

    /// <summary>When the sweep computed it.</summary>
    public DateTimeOffset ReadAt { get; init; }
}
