using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace PromiseKeeper.Web.Infrastructure.Identity;

internal static class IdentitySettings
{
    public static void Apply(IdentityOptions options)
    {
        // Length over composition (NIST SP 800-63B): 12 characters, no "one digit, one symbol" rules.
        options.Password.RequiredLength = 12;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 1;

        // No lockout: five wrong passwords from anyone would lock the account for its owner too. Failures slow down
        // the next attempt for that account from that address instead (SignInThrottle).
        options.Lockout.AllowedForNewUsers = false;

        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
    }

    public static void ApplyCookie(CookieAuthenticationOptions options)
    {
        options.LoginPath = "/Account/Login";
        options.LogoutPath = "/Account/Logout";
        options.AccessDeniedPath = "/Account/AccessDenied";
        options.Cookie.Name = "PromiseKeeper.Auth";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        // Secure whenever the request came over HTTPS (behind a proxy: as its X-Forwarded-Proto says, see BehindProxy).
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        // The idle timeout (ExpireTimeSpan) and the absolute lifetime come from configuration: LoginSessionSetup.
        options.SlidingExpiration = true;
        // The handler's redirects are absolute, built from the request's Host; a path alone cannot send anyone elsewhere.
        options.Events.OnRedirectToLogin = RelativeRedirect(options.Events.OnRedirectToLogin);
        options.Events.OnRedirectToAccessDenied = RelativeRedirect(options.Events.OnRedirectToAccessDenied);
        options.Events.OnRedirectToLogout = RelativeRedirect(options.Events.OnRedirectToLogout);
        options.Events.OnRedirectToReturnUrl = RelativeRedirect(options.Events.OnRedirectToReturnUrl);
    }

    private static Func<RedirectContext<CookieAuthenticationOptions>, Task> RelativeRedirect(Func<RedirectContext<CookieAuthenticationOptions>, Task> redirect) =>
        context =>
        {
            if (Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var absolute))
            {
                context.RedirectUri = absolute.PathAndQuery;
            }

            return redirect(context);
        };
}
