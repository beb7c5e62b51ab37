using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace PromiseKeeper.Web.Infrastructure.Identity;

public static class LoginSessionSetup
{
    /// <summary>Idle timeout, absolute lifetime and check interval from <see cref="LoginSessionOptions"/>, and server-side sign-out.</summary>
    public static void AddLoginSessions(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<LoginSessionOptions>(builder.Configuration.GetSection(LoginSessionOptions.Section));
        builder.Services.AddSingleton<EndedLogins>();
        builder.Services.AddScoped<LoginSessions>();
        // The validator and the cookie handler read the registered TimeProvider (Identity and authentication post-configure
        // their options with it), so a test clock moves both.
        builder.Services.AddOptions<SecurityStampValidatorOptions>()
            .Configure<IOptions<LoginSessionOptions>>((validator, sessions) => validator.ValidationInterval = sessions.Value.CheckInterval);
        builder.Services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<LoginSessionOptions>>((cookie, sessions) => cookie.ExpireTimeSpan = sessions.Value.IdleTimeout);
    }
}
