using System.Globalization;
using NodaTime;
using NodaTime.Extensions;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain;

/// <summary>
/// Wall-clock times in a time zone and the instants they stand for. A time the clocks skip (moving forward) stands
/// for no instant and is refused with <see cref="SkippedMessage"/> (in the current UI language); a time the clocks pass twice (moving back) is
/// read as the earlier of the two, which the display makes visible by the UTC offset it shows with it.
/// </summary>
public static class LocalTimes
{
    /// <summary>The instant <paramref name="local"/> stands for in <paramref name="zone"/>; null when the clocks skip that time.</summary>
    public static DateTimeOffset? ToInstant(DateTime local, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var mapping = zone.MapLocal(LocalDateTime.FromDateTime(local));
        return mapping.Count == 0 ? null : mapping.First().ToDateTimeOffset().ToUniversalTime();
    }

    /// <summary>The wall-clock time in <paramref name="zone"/> at <paramref name="instant"/>, with the zone's offset then.</summary>
    public static DateTimeOffset InZone(DateTimeOffset instant, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return instant.ToInstant().InZone(zone).ToDateTimeOffset();
    }

    /// <summary>Why <paramref name="local"/> cannot be read in <paramref name="zone"/>, naming the gap: "… the clocks go from 02:00 to 03:00 …".</summary>
    public static string SkippedMessage(DateTime local, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var wall = LocalDateTime.FromDateTime(local);
        var interval = zone.GetZoneInterval(wall.InZoneLeniently(zone).ToInstant());
        var before = zone.GetZoneInterval(interval.Start - Duration.Epsilon);
        var from = interval.Start.WithOffset(before.WallOffset).LocalDateTime;
        var to = interval.Start.WithOffset(interval.WallOffset).LocalDateTime;
        return Messages.Of(
            "time.skipped",
            ("Time", Clock(wall)),
            ("Date", Labels.LongDate(wall.Date.ToDateOnly())),
            ("Zone", zone.Id),
            ("From", Clock(from)),
            ("To", Clock(to)));
    }

    private static string Clock(LocalDateTime time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
