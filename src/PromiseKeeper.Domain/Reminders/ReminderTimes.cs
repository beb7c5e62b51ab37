using NodaTime;
using NodaTime.Extensions;
using PromiseKeeper.Domain.Clocks;

namespace PromiseKeeper.Domain.Reminders;

/// <summary>
/// When the reminders about a team's prevention measures and check-ins fall due. Every reminder falls at the start of a
/// working day in the team's zone (so it reaches people at work): a measure is due soon on the last working day before
/// its due date and overdue on the first working day after it; a check-in is due on its planned date, or on the last
/// working day before it when that date is not a working day (a reminder never comes after the date).
/// Each instant only grows with the date, so "every item due by now" is "every date up to a cutoff" (the Latest… methods).
/// </summary>
public sealed class ReminderTimes(WorkingCalendar calendar)
{
    private readonly WorkingCalendar _calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));

    public DateTimeOffset MeasureDueSoonAt(DateOnly dueOn) => StartOf(LastWorkingDateBefore(dueOn));

    public DateTimeOffset MeasureOverdueAt(DateOnly dueOn) => StartOf(FirstWorkingDateAfter(dueOn));

    public DateTimeOffset CheckInDueAt(DateOnly plannedOn) =>
        StartOf(_calendar.IsWorkingDate(plannedOn) ? plannedOn : LastWorkingDateBefore(plannedOn));

    /// <summary>The latest due date whose "due soon" reminder is due at <paramref name="now"/>.</summary>
    public DateOnly LatestDueSoonBy(DateTimeOffset now) => Latest(MeasureDueSoonAt, FirstWorkingDateAfter(Today(now)), now);

    /// <summary>The latest due date whose "overdue" reminder is due at <paramref name="now"/>.</summary>
    public DateOnly LatestOverdueBy(DateTimeOffset now) => Latest(MeasureOverdueAt, Today(now), now);

    /// <summary>The latest planned date whose check-in reminder is due at <paramref name="now"/>.</summary>
    public DateOnly LatestCheckInDueBy(DateTimeOffset now) => Latest(CheckInDueAt, FirstWorkingDateAfter(Today(now)), now);

    /// <summary>The start of the working hours of <paramref name="date"/> in the team's zone.</summary>
    public DateTimeOffset StartOf(DateOnly date) =>
        LocalDateTime.FromDateTime(date.ToDateTime(_calendar.Week.Start))
            .InZoneLeniently(_calendar.Zone).ToDateTimeOffset().ToUniversalTime();

    private DateOnly Today(DateTimeOffset now) =>
        DateOnly.FromDateTime(now.ToInstant().InZone(_calendar.Zone).LocalDateTime.ToDateTimeUnspecified());

    // The week has a working day and the holidays are a finite list, so both loops end.
    private DateOnly LastWorkingDateBefore(DateOnly date)
    {
        var day = date.AddDays(-1);
        while (!_calendar.IsWorkingDate(day))
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    private DateOnly FirstWorkingDateAfter(DateOnly date)
    {
        var day = date.AddDays(1);
        while (!_calendar.IsWorkingDate(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    // Walks down from a date known to be not yet due (its instant lies after now) to the first that is.
    private static DateOnly Latest(Func<DateOnly, DateTimeOffset> dueAt, DateOnly notYetDue, DateTimeOffset now)
    {
        var day = notYetDue;
        while (dueAt(day) > now)
        {
            day = day.AddDays(-1);
        }

        return day;
    }
}
