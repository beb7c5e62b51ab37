using System.Globalization;
using System.Security.Claims;

namespace PromiseKeeper.Web.Infrastructure.Identity;

/// <summary>One login: its id and when it began, as its cookie carries them (<see cref="AppClaimTypes.SessionId"/>).</summary>
public sealed record LoginSession(Guid Id, DateTimeOffset Started)
{
    public static LoginSession Begin(TimeProvider clock) => new(Guid.NewGuid(), clock.GetUtcNow());

    /// <summary>The login of a cookie's principal; null when the cookie has none (it ends).</summary>
    public static LoginSession? Of(ClaimsPrincipal? principal) =>
        Guid.TryParse(principal?.FindFirstValue(AppClaimTypes.SessionId), out var id)
        && long.TryParse(principal?.FindFirstValue(AppClaimTypes.SessionStarted), NumberStyles.None, CultureInfo.InvariantCulture, out var started)
            ? new LoginSession(id, DateTimeOffset.FromUnixTimeSeconds(started))
            : null;

    public IEnumerable<Claim> Claims()
    {
        yield return new Claim(AppClaimTypes.SessionId, Id.ToString());
        yield return new Claim(AppClaimTypes.SessionStarted, Started.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
    }
}
