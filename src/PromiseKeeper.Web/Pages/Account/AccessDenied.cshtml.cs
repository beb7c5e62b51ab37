using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PromiseKeeper.Web.Pages.Account;

public sealed class AccessDeniedModel : PageModel
{
    public void OnGet()
    {
    }
}
