namespace PromiseKeeper.Domain.Clocks;

/// <summary>A team's clock settings as typed or as stored; <see cref="TeamClockRules.Parse"/> checks them.</summary>
/// <param name="TimeZoneId">An IANA id, e.g. Europe/Ljubljana.</param>
/// <param name="Holidays">One date per line, yyyy-MM-dd.</param>
/// <param name="TargetDays">Working days per kind.</param>
public sealed record ClockSettingsInput(
    string? TimeZoneId,
    IReadOnlyList<DayOfWeek>? WorkingDays,
    TimeOnly? WorkStarts,
    TimeOnly? WorkEnds,
    string? Holidays,
    IReadOnlyDictionary<ClockKind, decimal?> TargetDays,
    decimal? WarnSharePercent);
