using System.Globalization;
using System.Security.Claims;
using PromiseKeeper.Domain;

namespace PromiseKeeper.Web.Infrastructure.Identity;

/// <summary>The signed-in user of the current request, for handlers (which have no HttpContext of their own).</summary>
public interface ICurrentUser
{
    string Id { get; }

    string DisplayName { get; }

    /// <summary>The user's team, as the login cookie says (refreshed every minute); null when they have none.</summary>
    int? TeamId { get; }

    /// <summary>The IANA time zone the user reads and types times in, as the login cookie says; UTC when they chose none.</summary>
    string TimeZoneId { get; }

    bool IsInRole(string role);

    Actor AsActor() => Actor.Create(Id, DisplayName);
}

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal Principal =>
        accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user
            ? user
            : throw new InvalidOperationException("This action needs a signed-in user, and there is none.");

    public string Id => Principal.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new InvalidOperationException("The signed-in user has no id claim.");

    public string DisplayName => Principal.FindFirstValue(AppClaimTypes.DisplayName) ?? Principal.Identity?.Name ?? Id;

    public int? TeamId =>
        int.TryParse(Principal.FindFirstValue(AppClaimTypes.TeamId), NumberStyles.None, CultureInfo.InvariantCulture, out var teamId)
            ? teamId
            : null;

    public string TimeZoneId => UserTimeZone.Of(Principal);

    public bool IsInRole(string role) => Principal.IsInRole(role);
}
