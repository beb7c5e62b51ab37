using System.Globalization;
using System.Threading.RateLimiting;

namespace PromiseKeeper.Web.Infrastructure.Identity;

/// <summary>
/// ASP.NET Core's rate limiter on the sign-in form's POST: at most <see cref="SignInAttemptOptions.AttemptsPerAddress"/> attempts
/// per client address and <see cref="SignInAttemptOptions.AttemptsPerAccount"/> per account in each
/// <see cref="SignInAttemptOptions.RateWindow"/>. Over either, the answer is 429 with Retry-After, and the error page says when
/// to try again. Every other request passes untouched.
/// </summary>
public static class SignInRateLimits
{
    public const string LoginPath = "/Account/Login";
    public const string EmailField = "Input.Email";

    /// <summary>Where the rejection leaves the wait for the error page (re-executed on the same request).</summary>
    public const string RetryAfterItem = "PromiseKeeper.SignIn.RetryAfter";

    /// <summary>The rate limits, the failure throttle and the unknown-account check of the sign-in form.</summary>
    public static void AddSignInProtection(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(SignInAttemptOptions.Section).Get<SignInAttemptOptions>() ?? new SignInAttemptOptions();
        builder.Services.Configure<SignInAttemptOptions>(builder.Configuration.GetSection(SignInAttemptOptions.Section));
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddSingleton<UnknownAccountCheck>();
        builder.Services.AddScoped<LockoutEmail>();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                Partitioned(options.AttemptsPerAddress, options.RateWindow, context => context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                Partitioned(options.AttemptsPerAccount, options.RateWindow, context => context.Request.Form[EmailField].ToString().Trim().ToUpperInvariant()));
            limiter.OnRejected = (context, _) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : options.RateWindow;
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                context.HttpContext.Items[RetryAfterItem] = wait;
                return ValueTask.CompletedTask;
            };
        });
    }

    /// <summary>After routing and before the pages. Reads the sign-in form first, so the account's limit can see the email.</summary>
    public static void UseSignInRateLimits(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (IsSignInAttempt(context))
            {
                try
                {
                    await context.Request.ReadFormAsync(context.RequestAborted);
                }
                catch (InvalidDataException)
                {
                    // A form over the limits: the page answers it as it answers any such form.
                }
            }

            await next(context);
        });
        app.UseRateLimiter();
    }

    private static bool IsSignInAttempt(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method)
        && context.Request.Path.Equals(LoginPath, StringComparison.OrdinalIgnoreCase)
        && context.Request.HasFormContentType;

    private static PartitionedRateLimiter<HttpContext> Partitioned(int permits, TimeSpan window, Func<HttpContext, string> key) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
            IsSignInAttempt(context) && context.Features.Get<Microsoft.AspNetCore.Http.Features.IFormFeature>()?.Form is not null
                ? RateLimitPartition.GetFixedWindowLimiter(key(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = window,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(string.Empty));
}
