using Microsoft.Extensions.Localization;
using NodaTime;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Infrastructure.Localization;

namespace PromiseKeeper.Web.Infrastructure.Display;

/// <summary>
/// Forms take local times (datetime-local) in the signed-in user's time zone (<see cref="ReaderTimeZoneAttribute"/>
/// fills it in from the login, never from the form); a user without a zone of their own reads and types UTC.
/// </summary>
public static class TimeZones
{
    public const string Default = TimeZoneIds.Utc;

    private static readonly IStringLocalizer L = ResourceTexts.For(typeof(TimeZones));

    /// <summary>The zone with this IANA id; UTC for none; null for an id that is not an IANA zone.</summary>
    public static DateTimeZone? Find(string? id) =>
        string.IsNullOrWhiteSpace(id) ? DateTimeZone.Utc : TimeZoneIds.Find(id);

    /// <summary>
    /// The instant a wall-clock time in the zone stands for; null for a time the zone skips (clocks going forward), and for
    /// one in year 1 or 9999, which an offset can push outside the calendar (forms refuse those years anyway).
    /// </summary>
    public static DateTimeOffset? ToInstant(DateTime local, DateTimeZone zone) =>
        local.Year is <= 1 or >= 9999 ? null : LocalTimes.ToInstant(local, zone);

    /// <summary>The wall-clock time a datetime-local field shows for the instant, in the zone.</summary>
    public static DateTime ToLocal(DateTimeOffset instant, DateTimeZone zone) => LocalTimes.InZone(instant, zone).DateTime;

    /// <summary>The message for a time the zone skips, or a generic one when the zone itself is not known.</summary>
    public static string SkippedMessage(DateTime? local, string? zoneId) => local switch
    {
        // No instant either, but for its year: the form's date check names the accepted years.
        { Year: <= 1 or >= 9999 } => L["Check the year: that date is outside the calendar the app works with."],
        { } time when Find(zoneId) is { } zone => LocalTimes.SkippedMessage(time, zone),
        _ => L["That time does not exist in the time zone (the clocks move forward then); pick another."],
    };
}
