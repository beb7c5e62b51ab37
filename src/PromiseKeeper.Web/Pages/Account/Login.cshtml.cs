using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Account;

/// <summary>
/// Cookie sign-in. Repeated failures for one account from one address make the next attempt wait (<see cref="SignInThrottle"/>),
/// instead of locking the account for everyone; an unknown email gets the same answer after the same hashing work.
/// Every attempt goes into the audit log; the failure that starts a wait also emails the account's owner
/// (<see cref="LockoutEmail"/>), committed with its audit entry.
/// </summary>
public sealed class LoginModel(
    SignInManager<ApplicationUser> signIn, SignInThrottle throttle, UnknownAccountCheck unknownAccount, IAuditLog audit, ILogger<LoginModel> logger,
    IStringLocalizer<LoginModel> localizer, LockoutEmail lockoutEmail, TimeProvider clock)
    : PageModel
{
    public const string GenericFailure = "That email and password do not match an active account.";
    public const string Deactivated = "This account has been deactivated. Ask an administrator if you need access again.";

    [BindProperty]
    public Credentials Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class Credentials
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter your email address as name@example.com.")]
        [StringLength(254)]
        [Display(Name = "Email")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter your password.")]
        [StringLength(256)]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = string.Empty;
    }

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The user is looked up here (PasswordSignInAsync by name would do the same lookup inside)
        // so that the audit entry can name the account. The password never goes into a log.
        var email = Input.Email.Trim();
        var address = HttpContext.Connection.RemoteIpAddress;
        if (throttle.WaitBeforeNextAttempt(email, address) is { } wait)
        {
            logger.LogWarning("Sign-in refused for {Email} from {Address}: too many failed attempts", email, address);
            await audit.RecordSignInAsync(AuditAction.SignInLockedOut, userId: null, actorName: email, AuditTexts.LockedOut(email, wait), cancellationToken);
            return TooManyFailures(wait);
        }

        var account = await signIn.UserManager.FindByNameAsync(email);
        if (account is null)
        {
            unknownAccount.SpendTheSameTime(signIn.UserManager.PasswordHasher, Input.Password);
        }

        // No lockout: a failure only slows down this account from this address (the throttle above).
        var result = account is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(account, Input.Password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            logger.LogInformation("Sign-in succeeded for {Email}", email);
            throttle.RecordSuccess(email, address);
            await audit.RecordSignInAsync(AuditAction.SignInSucceeded, account!.Id, account.DisplayName, AuditTexts.SignedIn(email), cancellationToken);
            return LocalRedirect(SafeReturnUrl);
        }

        var delay = throttle.RecordFailure(email, address, out var tellOwner);
        if (result.IsNotAllowed)
        {
            // Identity refuses an inactive account before it checks the password. Saying "deactivated"
            // only to someone who knows the password keeps the page from telling strangers which
            // emails belong to (former) accounts.
            var passwordMatches = await signIn.UserManager.CheckPasswordAsync(account!, Input.Password);
            logger.LogWarning("Sign-in refused for {Email}: account not allowed to sign in", email);
            await audit.RecordSignInAsync(AuditAction.SignInRefusedInactive, account!.Id, account.DisplayName,
                AuditTexts.Deactivated(email, passwordMatches), cancellationToken);
            ModelState.AddModelError(string.Empty, localizer[passwordMatches ? Deactivated : GenericFailure]);
        }
        else
        {
            logger.LogWarning("Sign-in failed for {Email}", email);
            if (tellOwner && account is not null && delay is { } pause)
            {
                // Only added to the DbContext: the audit entry's save below commits both in one statement batch,
                // so an existing account costs no extra round trip over an unknown one.
                var now = clock.GetUtcNow();
                lockoutEmail.Enqueue(account, address, now, now + pause);
            }

            await audit.RecordSignInAsync(AuditAction.SignInFailed, userId: null, actorName: email,
                AuditTexts.SignInFailed(accountExists: account is not null), cancellationToken);
            ModelState.AddModelError(string.Empty, localizer[GenericFailure]);
        }

        Input.Password = string.Empty;
        return delay is { } waitNow ? TooManyFailures(waitNow) : Page();
    }

    /// <summary>The form again, with 429 and Retry-After, saying when the next attempt may come.</summary>
    private PageResult TooManyFailures(TimeSpan wait)
    {
        ModelState.Clear();
        ModelState.AddModelError(string.Empty,
            localizer["Too many failed attempts to sign in to this account from here. Try again in {0}, or ask an administrator to reset your password.", SignInWait.Describe(wait, localizer)]);
        Input.Password = string.Empty;
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }

    private string SafeReturnUrl => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
}
