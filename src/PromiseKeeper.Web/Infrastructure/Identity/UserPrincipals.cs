using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Infrastructure.Identity;

/// <summary>What the login cookie says about a user, and whether the login may go on.</summary>
internal sealed record UserPrincipalFacts(
    string Id, string? UserName, string? Email, string? SecurityStamp, bool IsActive, string DisplayName, int? TeamId, string TimeZoneId, bool TimeZoneChosen, string? Language, IReadOnlyList<string> Roles,
    bool SessionEnded = false);

/// <summary>
/// Builds the login cookie's principal: id, user name, email, security stamp, display name, team, time zone (and whether the user chose it), language, roles and the login's id and start. The same
/// claims at sign-in (<see cref="AppUserClaimsPrincipalFactory"/>) and at every security-stamp check
/// (<see cref="AppSecurityStampValidator"/>). The app keeps no per-user or per-role claims (AspNetUserClaims and
/// AspNetRoleClaims stay empty), so there are none to read.
/// </summary>
internal static class UserPrincipals
{
    /// <summary>Everything the principal needs, with the stamp, the active flag and whether the login was signed out, in one statement.</summary>
    public static Task<UserPrincipalFacts?> ReadAsync(PromiseKeeperDbContext db, string userId, Guid sessionId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new UserPrincipalFacts(
                u.Id,
                u.UserName,
                u.Email,
                u.SecurityStamp,
                u.IsActive,
                u.DisplayName,
                u.TeamId,
                u.TimeZoneId,
                u.TimeZoneChosenAt != null,
                u.Language,
                db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                db.EndedSessions.Any(s => s.Id == sessionId)))
            .SingleOrDefaultAsync(cancellationToken);

    public static Task<List<string>> RolesOfAsync(PromiseKeeperDbContext db, string userId, CancellationToken cancellationToken) =>
        db.UserRoles.Where(ur => ur.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(cancellationToken);

    public static ClaimsPrincipal Build(UserPrincipalFacts user, LoginSession session, ClaimsIdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(options);
        var identity = new ClaimsIdentity(IdentityConstants.ApplicationScheme, options.UserNameClaimType, options.RoleClaimType);
        identity.AddClaim(new Claim(options.UserIdClaimType, user.Id));
        identity.AddClaim(new Claim(options.UserNameClaimType, user.UserName ?? string.Empty));
        if (!string.IsNullOrEmpty(user.Email))
        {
            identity.AddClaim(new Claim(options.EmailClaimType, user.Email));
        }

        if (user.SecurityStamp is not null)
        {
            identity.AddClaim(new Claim(options.SecurityStampClaimType, user.SecurityStamp));
        }

        identity.AddClaims(user.Roles.Select(role => new Claim(options.RoleClaimType, role)));
        identity.AddClaim(new Claim(AppClaimTypes.DisplayName, user.DisplayName));
        if (user.TeamId is { } teamId)
        {
            identity.AddClaim(new Claim(AppClaimTypes.TeamId, teamId.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.TimeZoneId != TimeZoneIds.Utc)
        {
            identity.AddClaim(new Claim(AppClaimTypes.TimeZone, user.TimeZoneId));
        }

        if (!user.TimeZoneChosen)
        {
            identity.AddClaim(new Claim(AppClaimTypes.TimeZoneNotChosen, "1"));
        }

        if (Languages.IsSupported(user.Language))
        {
            identity.AddClaim(new Claim(AppClaimTypes.Language, user.Language!));
        }

        identity.AddClaims(session.Claims());
        return new ClaimsPrincipal(identity);
    }
}
