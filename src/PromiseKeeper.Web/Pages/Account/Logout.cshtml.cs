using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PromiseKeeper.Web.Pages.Account;

/// <summary>
/// Signs out: this login ends on the server too, so a copy of its cookie stops working (<see cref="LoginSessions"/>).
/// POST only (with antiforgery), so a link elsewhere cannot sign anyone out.
/// </summary>
public sealed class LogoutModel(LoginSessions sessions) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sessions.SignOutAsync(User, cancellationToken);
        return RedirectToPage("/Account/Login");
    }
}
