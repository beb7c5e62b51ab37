using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Clocks;

/// <summary>
/// A team's working calendar and response targets, from its clock settings (or the defaults when it has none):
/// the one place that makes the clocks of the team's incidents.
/// </summary>
public sealed class TeamClockRules
{
    public TeamClockRules(WorkingCalendar calendar, ClockTargets targets)
    {
        Calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
        Targets = targets ?? throw new ArgumentNullException(nameof(targets));
    }

    /// <summary>UTC, Monday to Friday 09:00-17:00, no holidays, the default targets.</summary>
    public static TeamClockRules Default { get; } =
        new(new WorkingCalendar(TimeZoneIds.Find(TimeZoneIds.Utc)!, WorkingWeek.Default), ClockTargets.Default);

    public WorkingCalendar Calendar { get; }

    public ClockTargets Targets { get; }

    /// <summary>
    /// The rules for one client's incidents: the client's own target days (its SLA) where it has them, the team's elsewhere;
    /// the team's calendar and warn share either way. A kind missing or null in <paramref name="clientDays"/> keeps the team's target.
    /// </summary>
    /// <exception cref="DomainException">A client target of zero or less or too long.</exception>
    public TeamClockRules ForClient(IReadOnlyDictionary<ClockKind, decimal?> clientDays)
    {
        ArgumentNullException.ThrowIfNull(clientDays);
        var overrides = clientDays.Where(d => d.Value is not null).ToDictionary(d => d.Key, d => d.Value!.Value);
        return overrides.Count == 0 ? this : new TeamClockRules(Calendar, Targets.With(overrides));
    }

    /// <summary>The working time of <paramref name="kind"/>'s target.</summary>
    public TimeSpan Target(ClockKind kind) => Calendar.WorkingDays(Targets.DaysFor(kind));

    /// <summary>The clock of a stage: started by its trigger (e.g. the discovery for <see cref="ClockKind.TellClient"/>), stopped when the step is done.</summary>
    public ResponseClock Clock(ClockKind kind, DateTimeOffset startedAt, IEnumerable<ClockPause>? pauses = null, DateTimeOffset? stoppedAt = null) =>
        ResponseClock.Start(Calendar, startedAt, Target(kind), Targets.WarnSharePercent, pauses, stoppedAt);

    /// <summary>The clock of a check-in or measure, which runs to its own date.</summary>
    public ResponseClock ClockDueBy(DateTimeOffset startedAt, DateTimeOffset dueAt, DateTimeOffset? stoppedAt = null) =>
        ResponseClock.DueBy(Calendar, startedAt, dueAt, Targets.WarnSharePercent, stoppedAt);

    /// <summary>Checks every setting; the violations are keyed by the names in <see cref="ClockFields"/>.</summary>
    public static Checked<TeamClockRules> Parse(ClockSettingsInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var check = new RuleCheck();
        var zone = TimeZoneIds.Find(input.TimeZoneId);
        if (zone is null)
        {
            check.Add(ClockFields.TimeZoneId, Messages.Of("time.unknown-zone", ("Zone", input.TimeZoneId?.Trim() ?? string.Empty)));
        }

        var days = input.WorkingDays ?? [];
        if (input.WorkStarts is null)
        {
            check.Add(ClockFields.WorkStarts, Messages.Of("clock.hours-missing"));
        }

        if (input.WorkEnds is null)
        {
            check.Add(ClockFields.WorkEnds, Messages.Of("clock.hours-missing"));
        }

        // Without both hours, only the days can be checked.
        WorkingWeek.Check(check, days, input.WorkStarts ?? TimeOnly.MinValue, input.WorkEnds ?? TimeOnly.MaxValue);

        var holidays = HolidayList.Parse(input.Holidays, check);
        var targets = ClockTargets.Check(check, input.TargetDays, input.WarnSharePercent);
        return Checked<TeamClockRules>.From(
            check,
            () => new TeamClockRules(
                new WorkingCalendar(zone!, WorkingWeek.Of(days, input.WorkStarts!.Value, input.WorkEnds!.Value), holidays),
                targets!));
    }
}
