using PromiseKeeper.Domain.Clocks;

namespace PromiseKeeper.Web.ClockHistory;

/// <summary>
/// A clock's warning or breach, kept as history for reporting: when it happened as the clock computes it (not when the
/// sweep noticed), and when it was recorded. (<see cref="IncidentId"/>, <see cref="ClockKey"/>, <see cref="Event"/>) is
/// unique, so no event is ever written twice.
/// </summary>
public sealed class ClockEvent
{
    public const int ClockKeyMaxLength = 100;

    public long Id { get; init; }

    public long IncidentId { get; init; }

    /// <summary>Names one run of one clock (<see cref="ClockKeys.Of"/>): a stage restarted or a date moved is a new run.</summary>
    public string ClockKey { get; init; } = string.Empty;

    public IncidentClockSubject Subject { get; init; }

    /// <summary>The stage, for a stage's clock.</summary>
    public ClockKind? Kind { get; init; }

    /// <summary>The check-in or prevention measure, for theirs.</summary>
    public Guid? ItemId { get; init; }

    public ClockEventKind Event { get; init; }

    /// <summary>When the clock warned or breached.</summary>
    public DateTimeOffset HappenedAt { get; init; }

    /// <summary>When the sweep wrote it.</summary>
    public DateTimeOffset RecordedAt { get; init; }

    /// <summary>Whether people were told (not when the step was already done, nor when the event was older than <see cref="ClockSweep.NotifyWithin"/>).</summary>
    public bool Notified { get; init; }
}
