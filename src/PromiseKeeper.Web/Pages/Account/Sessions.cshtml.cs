using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PromiseKeeper.Web.Pages.Account;

/// <summary>
/// "Sign out everywhere": ends every login of the signed-in user, in every browser and device, for example after using
/// a shared computer or losing a phone.
/// </summary>
public sealed class SessionsModel(LoginSessions sessions) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sessions.SignOutEverywhereAsync(User, cancellationToken);
        return RedirectToPage("/Account/Login");
    }
}
