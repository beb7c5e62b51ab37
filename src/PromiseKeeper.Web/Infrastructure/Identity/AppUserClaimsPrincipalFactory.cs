using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Infrastructure.Identity;

/// <summary>
/// Adds the display name and the team to the login cookie, so pages can greet the user and handlers can
/// scope by team without a query. The security-stamp validator rebuilds these claims every minute.
/// </summary>
internal sealed class AppUserClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaimTypes.DisplayName, user.DisplayName));
        if (user.TeamId is { } teamId)
        {
            identity.AddClaim(new Claim(AppClaimTypes.TeamId, teamId.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
