using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Infrastructure.Identity;

/// <summary>
/// The login cookie's periodic check (every <see cref="SecurityStampValidatorOptions.ValidationInterval"/>) in one
/// statement: reads the user's security stamp, active flag, name, team and roles together, ends the login when the
/// stamp changed or the account is deactivated, and otherwise re-issues the principal from what it read, so role
/// and team changes reach open logins within the interval. Identity's validator sends one query for the user and
/// several more to rebuild the principal.
/// </summary>
internal sealed class AppSecurityStampValidator(
    IOptions<SecurityStampValidatorOptions> options,
    SignInManager<ApplicationUser> signInManager,
    ILoggerFactory logger,
    IOptions<IdentityOptions> identityOptions,
    IOptions<LoginSessionOptions> sessionOptions,
    EndedLogins endedLogins,
    PromiseKeeperDbContext db)
    : SecurityStampValidator<ApplicationUser>(options, signInManager, logger)
{
    private readonly ClaimsIdentityOptions _claims = identityOptions.Value.ClaimsIdentity;

    public override async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = TimeProvider.GetUtcNow();
        var userId = context.Principal?.FindFirstValue(_claims.UserIdClaimType);
        var stamp = context.Principal?.FindFirstValue(_claims.SecurityStampClaimType);
        var session = LoginSession.Of(context.Principal);
        if (session is null || now - session.Started > sessionOptions.Value.AbsoluteLifetime || endedLogins.HasEnded(session.Id, stamp))
        {
            await EndAsync(context, userId, "it has no login id, is past its absolute lifetime or was signed out here");
            return;
        }

        if (context.Properties.IssuedUtc is { } issued && now - issued <= Options.ValidationInterval)
        {
            return;
        }

        UserPrincipalFacts? user;
        try
        {
            user = userId is null ? null : await UserPrincipals.ReadAsync(db, userId, session.Id, context.HttpContext.RequestAborted);
        }
        catch (Exception ex) when (DatabaseUnavailable.Is(ex))
        {
            // Checked again on the next request; meanwhile the page answers 503 itself, or keeps a posted form's input.
            return;
        }

        var principal = user is { IsActive: true, SessionEnded: false, SecurityStamp: not null } && string.Equals(user.SecurityStamp, stamp, StringComparison.Ordinal)
            ? await RefreshingAsync(context, UserPrincipals.Build(user, session, _claims))
            : null;
        if (principal is null)
        {
            await EndAsync(context, userId, "it was signed out, its security stamp changed or the account is deactivated");
            return;
        }

        // As Identity's validator does: the cookie is renewed with the new principal, and a fixed expiry is not extended.
        context.ReplacePrincipal(principal);
        context.ShouldRenew = true;
        if (!context.Options.SlidingExpiration)
        {
            context.Properties.IssuedUtc = TimeProvider.GetUtcNow();
        }
    }

    private async Task EndAsync(CookieValidatePrincipalContext context, string? userId, string why)
    {
        Logger.LogDebug("A login of user {UserId} ends: {Reason}", userId, why);
        context.RejectPrincipal();
        await SignInManager.SignOutAsync();
        await SignInManager.Context.SignOutAsync(IdentityConstants.TwoFactorRememberMeScheme);
    }

    /// <summary>The principal after <see cref="SecurityStampValidatorOptions.OnRefreshingPrincipal"/>, if set (null ends the login).</summary>
    private async Task<ClaimsPrincipal?> RefreshingAsync(CookieValidatePrincipalContext context, ClaimsPrincipal principal)
    {
        if (Options.OnRefreshingPrincipal is not { } refreshing)
        {
            return principal;
        }

        var refresh = new SecurityStampRefreshingPrincipalContext { CurrentPrincipal = context.Principal, NewPrincipal = principal };
        await refreshing(refresh);
        return refresh.NewPrincipal;
    }
}
