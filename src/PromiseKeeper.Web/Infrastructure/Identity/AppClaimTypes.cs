namespace PromiseKeeper.Web.Infrastructure.Identity;

public static class AppClaimTypes
{
    public const string DisplayName = "promisekeeper:display_name";

    /// <summary>The id of the user's team (invariant culture); absent when the user has no team.</summary>
    public const string TeamId = "promisekeeper:team_id";

    /// <summary>The user's IANA time zone; absent for UTC, to keep the cookie small.</summary>
    public const string TimeZone = "promisekeeper:tz";

    /// <summary>Present while the user has never chosen a zone: the layout then offers the browser's zone.</summary>
    public const string TimeZoneNotChosen = "promisekeeper:tz_unchosen";

    /// <summary>The language the user chose for the pages (en, ru, sl); absent when the browser's language decides.</summary>
    public const string Language = "promisekeeper:lang";

    /// <summary>The id of this login (a GUID), so signing out can end this one login and no other.</summary>
    public const string SessionId = "promisekeeper:session_id";

    /// <summary>When this login began (Unix seconds): the absolute lifetime counts from here, however active the user is.</summary>
    public const string SessionStarted = "promisekeeper:session_started";
}
