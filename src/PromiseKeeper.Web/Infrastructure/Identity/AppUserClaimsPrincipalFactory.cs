using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Infrastructure.Identity;

/// <summary>
/// The principal a sign-in puts in the login cookie, a new login with its own id, with the display name and the team, so pages can greet the
/// user and handlers can scope by team without a query. Reads the roles in one statement (Identity's factory reads
/// roles, user claims, and each role and its claims, one query each); the claims are those of <see cref="UserPrincipals"/>.
/// </summary>
internal sealed class AppUserClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    PromiseKeeperDbContext db,
    TimeProvider clock)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    public override async Task<ClaimsPrincipal> CreateAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var roles = await UserPrincipals.RolesOfAsync(db, user.Id, CancellationToken.None);
        var facts = new UserPrincipalFacts(user.Id, user.UserName, user.Email, user.SecurityStamp, user.IsActive, user.DisplayName, user.TeamId, user.TimeZoneId, user.TimeZoneChosenAt is not null, user.Language, roles);
        return UserPrincipals.Build(facts, LoginSession.Begin(clock), Options.ClaimsIdentity);
    }
}
