using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Infrastructure.Identity;

/// <summary>
/// Signing out on the server: the login's cookie stops working at once on this instance (<see cref="EndedLogins"/>) and
/// within <see cref="LoginSessionOptions.CheckInterval"/> on every other, even if someone copied it.
/// </summary>
public sealed class LoginSessions(
    PromiseKeeperDbContext db,
    SignInManager<ApplicationUser> signIn,
    EndedLogins ended,
    IOptions<LoginSessionOptions> options,
    IOptions<IdentityOptions> identity,
    TimeProvider clock)
{
    /// <summary>Ends this login only: the user's logins in other browsers go on. Two statements.</summary>
    public async Task SignOutAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (LoginSession.Of(user) is { } session)
        {
            var now = clock.GetUtcNow();
            ended.EndSession(session.Id);
            // Rows older than the longest login guard nothing: no cookie that old still works.
            await db.EndedSessions.Where(s => s.EndedAt < now - options.Value.AbsoluteLifetime).ExecuteDeleteAsync(cancellationToken);
            db.EndedSessions.Add(new EndedSession { Id = session.Id, EndedAt = now });
            await db.SaveChangesAsync(cancellationToken);
        }

        await signIn.SignOutAsync();
    }

    /// <summary>Ends every login of the user, in every browser, by giving them a new security stamp. One statement.</summary>
    public async Task SignOutEverywhereAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);
        if (userId is not null)
        {
            if (user.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType) is { } stamp)
            {
                ended.EndStamp(stamp);
            }

            var newStamp = Guid.NewGuid().ToString("N").ToUpperInvariant();
            await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u.SetProperty(x => x.SecurityStamp, newStamp), cancellationToken);
        }

        await signIn.SignOutAsync();
    }
}
