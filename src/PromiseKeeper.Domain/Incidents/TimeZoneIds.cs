using NodaTime;
using NodaTime.TimeZones;

namespace PromiseKeeper.Domain.Incidents;

/// <summary>
/// IANA time zone ids, from the tz database that ships with NodaTime (the same on every machine, whatever the
/// operating system has installed). Windows names and free text are not ids.
/// </summary>
public static class TimeZoneIds
{
    public const string Utc = "UTC";

    /// <summary>Longer than any IANA id (the longest is about 32 characters).</summary>
    public const int MaxLength = 64;

    /// <summary>The zones to pick from: UTC and every canonical zone with a place (e.g. Europe/Ljubljana), in order.</summary>
    public static IReadOnlyList<string> Pickable { get; } =
        [Utc, .. TzdbDateTimeZoneSource.Default.ZoneLocations!.Select(l => l.ZoneId).Distinct().Order(StringComparer.Ordinal)];

    public static bool IsKnown(string? id) => Find(id) is not null;

    /// <summary>The zone with this IANA id (surrounding spaces ignored); null for anything else, including empty.</summary>
    public static DateTimeZone? Find(string? id) =>
        string.IsNullOrWhiteSpace(id) || id.Length > MaxLength ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(id.Trim());
}
