using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PromiseKeeper.Web.Pages;

/// <summary>The start page sends people who work on incidents straight to their list.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() =>
        User.IsInRole(Roles.AccountManager) || User.IsInRole(Roles.TeamLead) || User.IsInRole(Roles.Legal)
            ? RedirectToPage("/Incidents/Index")
            : Page();
}
