using NodaTime;
using NodaTime.Extensions;

namespace PromiseKeeper.Domain.Clocks;

/// <summary>
/// Working time in a team's zone: its working week less its holidays. Working time is counted on the wall clock, so a
/// working day is the working hours of that date whatever its length in UTC (a day the clocks move still counts 8 hours
/// for 09:00-17:00). A moment outside working hours counts from the next working period.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly HashSet<DateOnly> _holidays;

    public WorkingCalendar(DateTimeZone zone, WorkingWeek week, IEnumerable<DateOnly>? holidays = null)
    {
        Zone = zone ?? throw new ArgumentNullException(nameof(zone));
        Week = week ?? throw new ArgumentNullException(nameof(week));
        _holidays = [.. holidays ?? []];
    }

    public DateTimeZone Zone { get; }

    public WorkingWeek Week { get; }

    public IReadOnlyCollection<DateOnly> Holidays => _holidays;

    public bool IsWorkingDate(DateOnly date) => Week.IsWorkingDay(date.DayOfWeek) && !_holidays.Contains(date);

    /// <summary>The working time from <paramref name="from"/> to <paramref name="to"/>; negative when <paramref name="to"/> is earlier.</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to < from)
        {
            return -WorkingTimeBetween(to, from);
        }

        var start = Wall(from);
        var end = Wall(to);
        var total = TimeSpan.Zero;
        for (var date = DateOnly.FromDateTime(start); date <= DateOnly.FromDateTime(end); date = date.AddDays(1))
        {
            if (!IsWorkingDate(date))
            {
                continue;
            }

            var opens = Max(date.ToDateTime(Week.Start), start);
            var closes = Min(date.ToDateTime(Week.End), end);
            if (closes > opens)
            {
                total += closes - opens;
            }
        }

        return total;
    }

    /// <summary>The instant at which <paramref name="workingTime"/> of working time has passed since <paramref name="start"/>.</summary>
    public DateTimeOffset Add(DateTimeOffset start, TimeSpan workingTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingTime, TimeSpan.Zero);
        var wall = Wall(start);
        var left = workingTime;
        for (var date = DateOnly.FromDateTime(wall); ; date = date.AddDays(1))
        {
            if (!IsWorkingDate(date))
            {
                continue;
            }

            var opens = Max(date.ToDateTime(Week.Start), wall);
            var closes = date.ToDateTime(Week.End);
            if (closes < opens)
            {
                continue;
            }

            if (closes - opens >= left)
            {
                return left == TimeSpan.Zero && opens == wall ? start : Instant(opens + left);
            }

            left -= closes - opens;
        }
    }

    /// <summary>The instant <paramref name="days"/> working days (fractions allowed) after <paramref name="start"/>.</summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset start, decimal days) => Add(start, WorkingDays(days));

    /// <summary>The working time of <paramref name="days"/> working days (e.g. 0.5 days of 09:00-17:00 is 4 hours).</summary>
    public TimeSpan WorkingDays(decimal days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        return TimeSpan.FromTicks((long)decimal.Round(days * Week.DayLength.Ticks));
    }

    /// <summary>The end of the working hours of <paramref name="date"/> on the zone's wall clock (also on a day off: a date is a date).</summary>
    public DateTimeOffset EndOfWorkingDay(DateOnly date) => Instant(date.ToDateTime(Week.End));

    private DateTime Wall(DateTimeOffset instant) => instant.ToInstant().InZone(Zone).LocalDateTime.ToDateTimeUnspecified();

    // A wall time the clocks skip is read as the same time after the gap; one they pass twice, as the earlier.
    private DateTimeOffset Instant(DateTime wall) =>
        LocalDateTime.FromDateTime(wall).InZoneLeniently(Zone).ToDateTimeOffset().ToUniversalTime();

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
