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

    /// <summary>The instant a wall-clock time in the zone stands for; null for a time the zone skips (clocks going forward).</summary>
    public static DateTimeOffset? ToInstant(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            return null;
        }

        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }
}
