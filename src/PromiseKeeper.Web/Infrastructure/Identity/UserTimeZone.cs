using System.Security.Claims;
using NodaTime;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Infrastructure.Identity;

/// <summary>The time zone a request's user reads and types times in, from the login cookie: no query per request.</summary>
public static class UserTimeZone
{
    /// <summary>The user's IANA zone id; UTC when signed out, when they chose none, or when the id is no longer known.</summary>
    public static string Of(ClaimsPrincipal? user) =>
        user?.FindFirstValue(AppClaimTypes.TimeZone) is { } id && TimeZoneIds.IsKnown(id) ? id.Trim() : TimeZoneIds.Utc;

    /// <summary>True while the user has never chosen a zone (on the profile or from the layout's suggestion).</summary>
    public static bool IsNotChosen(ClaimsPrincipal? user) => user?.HasClaim(c => c.Type == AppClaimTypes.TimeZoneNotChosen) == true;

    public static DateTimeZone ZoneOf(ClaimsPrincipal? user) => TimeZoneIds.Find(Of(user)) ?? DateTimeZone.Utc;
}
