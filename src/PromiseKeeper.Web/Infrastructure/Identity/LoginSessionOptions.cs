namespace PromiseKeeper.Web.Infrastructure.Identity;

/// <summary>The "PromiseKeeper:Sessions" configuration section: how long a login lasts, and how soon every instance sees a sign-out.</summary>
public sealed class LoginSessionOptions
{
    public const string Section = "PromiseKeeper:Sessions";

    /// <summary>A login nobody uses for this long ends (the cookie's sliding expiry).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromHours(8);

    /// <summary>A login ends this long after it began, however active it is.</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// How often a login's cookie is checked against the database (one statement): the longest a sign-out made on another
    /// instance, a deactivation or a role change takes to reach it. The instance that signed out sees it at once.
    /// </summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(10);
}
