using NodaTime;
using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Domain.Tests.Clocks;

/// <summary>Zones, calendars and wall-clock instants for the clock tests.</summary>
internal static class ClockTestTimes
{
    public static readonly DateTimeZone Ljubljana = TimeZoneIds.Find("Europe/Ljubljana")!;
    public static readonly DateTimeZone Moscow = TimeZoneIds.Find("Europe/Moscow")!;
    public static readonly DateTimeZone NewYork = TimeZoneIds.Find("America/New_York")!;

    /// <summary>Monday to Friday, 09:00-17:00.</summary>
    public static WorkingCalendar OfficeHours(DateTimeZone zone, params DateOnly[] holidays) => new(zone, WorkingWeek.Default, holidays);

    /// <summary>Every day 01:00-05:00, so the hours the clocks move fall inside working time.</summary>
    public static WorkingCalendar NightShift(DateTimeZone zone) =>
        new(zone, WorkingWeek.Of(Enum.GetValues<DayOfWeek>(), new TimeOnly(1, 0), new TimeOnly(5, 0)));

    /// <summary>The instant a wall-clock time stands for in <paramref name="zone"/> (the earlier one where the clocks pass it twice).</summary>
    public static DateTimeOffset At(DateTimeZone zone, int year, int month, int day, int hour, int minute = 0) =>
        LocalTimes.ToInstant(new DateTime(year, month, day, hour, minute, 0), zone) ?? throw new ArgumentException("A skipped time.");

    public static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
