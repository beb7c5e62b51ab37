using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Infrastructure.Display;

/// <summary>
/// The layout's notice to a user who never chose a time zone (<see cref="UserTimeZone.IsNotChosen"/>): which zone the
/// pages use, and the browser's zone to take with one click (Pages/Shared/_TimeZoneNotice.cshtml).
/// </summary>
public static class TimeZoneNotice
{
    /// <summary>TempData key: the zone just taken from the notice, confirmed on the next page.</summary>
    public const string ChosenKey = "TimeZoneChosen";

    /// <summary>A zone as sent, cut to the longest id the tz database could have, to quote it back in a message.</summary>
    public static string Shortened(string zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return zone.Length > TimeZoneIds.MaxLength ? zone[..TimeZoneIds.MaxLength] + "…" : zone;
    }
}
