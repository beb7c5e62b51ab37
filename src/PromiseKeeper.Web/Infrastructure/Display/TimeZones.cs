namespace PromiseKeeper.Web.Infrastructure.Display;

/// <summary>
/// Forms take local times (datetime-local) plus the browser's IANA time zone, which site.js fills in;
/// without JavaScript the zone is UTC.
/// </summary>
public static class TimeZones
{
    public const string Default = "UTC";

    public static TimeZoneInfo? Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return TimeZoneInfo.Utc;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : null;
    }

    /// <summary>
    /// The instant a wall-clock time in the zone stands for; null for a time the zone skips (clocks going forward), and for
    /// one in year 1 or 9999, which an offset can push outside the calendar (forms refuse those years anyway).
    /// </summary>
    public static DateTimeOffset? ToInstant(DateTime local, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (local.Year is <= 1 or >= 9999)
        {
            return null;
        }

        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            return null;
        }

        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }
}
