using NodaTime;
using NodaTime.Extensions;

namespace PromiseKeeper.Domain.Reminders;

/// <summary>The daily digest goes at 08:00 on the reader's wall clock.</summary>
public static class DailyDigestTime
{
    public static readonly TimeOnly At = new(8, 0);

    /// <summary>
    /// The latest 08:00 in <paramref name="zone"/> at or before <paramref name="now"/>: the digest sent then holds what was
    /// written before it. A day whose 08:00 the clocks skip counts the same wall time after the gap.
    /// </summary>
    public static DateTimeOffset LatestBy(DateTimeOffset now, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var today = DateOnly.FromDateTime(now.ToInstant().InZone(zone).LocalDateTime.ToDateTimeUnspecified());
        var todays = On(today, zone);
        return todays <= now ? todays : On(today.AddDays(-1), zone);
    }

    private static DateTimeOffset On(DateOnly date, DateTimeZone zone) =>
        LocalDateTime.FromDateTime(date.ToDateTime(At)).InZoneLeniently(zone).ToDateTimeOffset().ToUniversalTime();
}
