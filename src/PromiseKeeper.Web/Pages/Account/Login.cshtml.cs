using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Infrastructure;

namespace PromiseKeeper.Web.Pages.Account;

/// <summary>Cookie sign-in with lockout after repeated failures.</summary>
public sealed class LoginModel(SignInManager<ApplicationUser> signIn, ILogger<LoginModel> logger) : PageModel
{
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

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("Sign-in succeeded for {Email}", Input.Email);
            return LocalRedirect(SafeReturnUrl);
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused for {Email}: account locked out", Input.Email);
            ModelState.AddModelError(string.Empty,
                $"Too many failed attempts: this account is locked for {IdentitySettings.LockoutDuration.TotalMinutes:0} minutes. Try again later, or ask an administrator to unlock it.");
        }
        else
        {
            logger.LogWarning("Sign-in failed for {Email}", Input.Email);
            ModelState.AddModelError(string.Empty, "That email and password do not match an active account.");
        }

        Input.Password = string.Empty;
        return Page();
    }

    private string SafeReturnUrl => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
}
