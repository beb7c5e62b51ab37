namespace PromiseKeeper.Web.Infrastructure.Identity;

public static class AppClaimTypes
{
    public const string DisplayName = "promisekeeper:display_name";

    /// <summary>The id of the user's team (invariant culture); absent when the user has no team.</summary>
    public const string TeamId = "promisekeeper:team_id";

    /// <summary>The user's IANA time zone; absent for UTC, to keep the cookie small.</summary>
    public const string TimeZone = "promisekeeper:tz";
}
