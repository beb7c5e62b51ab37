using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Clocks;

/// <summary>
/// A response target counted in working time from <see cref="StartedAt"/>, not counting while paused, until the step is
/// done (<see cref="StoppedAt"/>). Reading it is a pure function of the instant asked about (<see cref="At"/>), so the
/// same data always gives the same warnings and breaches, whenever and however often it is read.
/// </summary>
public sealed class ResponseClock
{
    private readonly IReadOnlyList<ClockPause> _pauses;
    private readonly DateTimeOffset? _fixedDue;

    private ResponseClock(
        WorkingCalendar calendar, DateTimeOffset startedAt, TimeSpan target, decimal warnSharePercent,
        IReadOnlyList<ClockPause> pauses, DateTimeOffset? stoppedAt, DateTimeOffset? fixedDue)
    {
        Calendar = calendar;
        StartedAt = startedAt;
        Target = target;
        WarnSharePercent = warnSharePercent;
        _pauses = pauses;
        StoppedAt = stoppedAt;
        _fixedDue = fixedDue;
    }

    public WorkingCalendar Calendar { get; }

    public DateTimeOffset StartedAt { get; }

    /// <summary>The working time the step may take (for a clock with a fixed due date, the working time up to it).</summary>
    public TimeSpan Target { get; }

    public decimal WarnSharePercent { get; }

    public IReadOnlyList<ClockPause> Pauses => _pauses;

    /// <summary>When the step was done; null while it is not.</summary>
    public DateTimeOffset? StoppedAt { get; }

    /// <summary>The working time at which the clock warns.</summary>
    public TimeSpan WarnAfter => TimeSpan.FromTicks((long)decimal.Round(Target.Ticks * WarnSharePercent / 100m));

    /// <summary>A clock with a target in working time.</summary>
    /// <exception cref="DomainException">A target of zero or less, a warn share outside 0-100 %, or a pause that ends before it starts.</exception>
    public static ResponseClock Start(
        WorkingCalendar calendar, DateTimeOffset startedAt, TimeSpan target,
        decimal warnSharePercent = ClockTargets.DefaultWarnSharePercent, IEnumerable<ClockPause>? pauses = null, DateTimeOffset? stoppedAt = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var list = (pauses ?? []).OrderBy(p => p.Start).ToList();
        var check = new RuleCheck();
        if (target <= TimeSpan.Zero)
        {
            check.Add(nameof(Target), Messages.Of("clock.target-not-positive"));
        }

        CheckWarnShare(check, warnSharePercent);
        if (list.Any(p => p.End < p.Start))
        {
            check.Add(nameof(Pauses), Messages.Of("clock.pause-order"));
        }

        check.ThrowIfAny();
        return new ResponseClock(calendar, startedAt, target, warnSharePercent, list, stoppedAt, fixedDue: null);
    }

    /// <summary>A clock that runs to a fixed instant (a check-in's or a measure's date); it is not paused.</summary>
    /// <exception cref="DomainException">A warn share outside 0-100 %.</exception>
    public static ResponseClock DueBy(
        WorkingCalendar calendar, DateTimeOffset startedAt, DateTimeOffset dueAt,
        decimal warnSharePercent = ClockTargets.DefaultWarnSharePercent, DateTimeOffset? stoppedAt = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var check = new RuleCheck();
        CheckWarnShare(check, warnSharePercent);
        check.ThrowIfAny();
        var target = calendar.WorkingTimeBetween(startedAt, dueAt);
        return new ResponseClock(calendar, startedAt, target < TimeSpan.Zero ? TimeSpan.Zero : target, warnSharePercent, [], stoppedAt, dueAt);
    }

    /// <summary>The clock as it stands at <paramref name="now"/>.</summary>
    public ClockReading At(DateTimeOffset now)
    {
        var stopped = StoppedAt is { } stop && stop <= now;
        var end = stopped ? StoppedAt!.Value : now;
        if (end < StartedAt)
        {
            end = StartedAt;
        }

        var active = ActiveSince(end);
        var used = active.Aggregate(TimeSpan.Zero, (sum, a) => sum + Calendar.WorkingTimeBetween(a.From, a.To));
        var dueAt = _fixedDue ?? Reach(active, end, Target);
        var warnsAt = _fixedDue is not null && Target == TimeSpan.Zero ? dueAt : Reach(active, end, WarnAfter);
        // Done at the due instant is in time; still open at it is not.
        var breached = stopped ? end > dueAt : end >= dueAt;
        var warned = breached || end >= warnsAt;
        var left = _fixedDue is { } due ? Calendar.WorkingTimeBetween(end, due) : Target - used;
        var state = stopped
            ? breached ? ClockState.MetLate : ClockState.Met
            : breached ? ClockState.Breached
            : IsPaused(end) ? ClockState.Paused
            : warned ? ClockState.Warning
            : ClockState.Running;
        return new ClockReading(state, dueAt, left, warnsAt, warned ? warnsAt : null, breached ? dueAt : null);
    }

    private bool IsPaused(DateTimeOffset at) => _pauses.Any(p => p.Start <= at && (p.End is null || p.End > at));

    /// <summary>The times the clock counted, from the start until <paramref name="end"/>: the start less the pauses, in order.</summary>
    private List<(DateTimeOffset From, DateTimeOffset To)> ActiveSince(DateTimeOffset end)
    {
        var active = new List<(DateTimeOffset From, DateTimeOffset To)>();
        var from = StartedAt;
        foreach (var pause in _pauses)
        {
            var pauseStart = Clamp(pause.Start, from, end);
            var pauseEnd = Clamp(pause.End ?? end, from, end);
            if (pauseEnd <= from)
            {
                continue;
            }

            if (pauseStart > from)
            {
                active.Add((from, pauseStart));
            }

            from = pauseEnd;
        }

        if (end > from)
        {
            active.Add((from, end));
        }

        return active;
    }

    /// <summary>When the counted working time reaches <paramref name="amount"/>, if the clock counts on from <paramref name="end"/> without another pause.</summary>
    private DateTimeOffset Reach(List<(DateTimeOffset From, DateTimeOffset To)> active, DateTimeOffset end, TimeSpan amount)
    {
        if (amount <= TimeSpan.Zero)
        {
            return Calendar.Add(StartedAt, TimeSpan.Zero);
        }

        var left = amount;
        foreach (var (from, to) in active)
        {
            var span = Calendar.WorkingTimeBetween(from, to);
            if (span >= left)
            {
                return Calendar.Add(from, left);
            }

            left -= span;
        }

        return Calendar.Add(end, left);
    }

    private static DateTimeOffset Clamp(DateTimeOffset value, DateTimeOffset min, DateTimeOffset max) =>
        value < min ? min : value > max ? max : value;

    private static void CheckWarnShare(RuleCheck check, decimal warnSharePercent)
    {
        if (warnSharePercent is <= 0m or >= 100m)
        {
            check.Add(nameof(WarnSharePercent), Messages.Of("clock.warn-share-range"));
        }
    }
}
