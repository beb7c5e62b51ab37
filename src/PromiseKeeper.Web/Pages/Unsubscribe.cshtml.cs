using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PromiseKeeper.Web.Notifications;

namespace PromiseKeeper.Web.Pages;

/// <summary>
/// The unsubscribe link of a notification email, without signing in: GET only asks (a mail scanner that follows links
/// changes nothing), the POST turns that kind's email Off. A forged, altered or used token is 404.
/// </summary>
[AllowAnonymous]
public sealed class UnsubscribeModel(Unsubscriptions unsubscriptions, NotificationTexts texts) : PageModel
{
    /// <summary>Longer than any token this app issues; a longer one is not read at all.</summary>
    public const int TokenMaxLength = 2000;

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    /// <summary>The kind of notification, as the settings page names it.</summary>
    public string KindName { get; private set; } = string.Empty;

    public bool Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var request = Token is { Length: <= TokenMaxLength } ? await unsubscriptions.FindAsync(Token, cancellationToken) : null;
        if (request is null)
        {
            return NotFound();
        }

        KindName = texts.Name(request.Kind);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var request = Token is { Length: <= TokenMaxLength } ? await unsubscriptions.UnsubscribeAsync(Token, cancellationToken) : null;
        if (request is null)
        {
            return NotFound();
        }

        KindName = texts.Name(request.Kind);
        Done = true;
        return Page();
    }
}
