using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages;

/// <summary>Shown for unexpected errors and error status codes. Never shows exception details; those are logged.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(IStringLocalizer<ErrorModel> localizer) : PageModel
{
    public string? RequestId { get; private set; }

    public bool ShowRequestId => !string.IsNullOrEmpty(RequestId);

    public string Title { get; private set; } = string.Empty;

    public string Explanation { get; private set; } = string.Empty;

    /// <summary>True when this answers a posted form, whose fields the browser keeps for the next time the form is shown.</summary>
    public bool AnswersAForm { get; private set; }

    // The status comes from the response, not from the request: a re-executed POST whose form
    // could not be read (too large) must still get the right explanation.
    public void OnGet() => Describe(Response.StatusCode);

    public void OnPost()
    {
        AnswersAForm = true;
        Describe(Response.StatusCode);
    }

    private void Describe(int code)
    {
        if (code == StatusCodes.Status503ServiceUnavailable)
        {
            Response.Headers.RetryAfter = DatabaseUnavailable.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        (Title, Explanation) = code switch
        {
            404 => (localizer["Page not found"], localizer["There is nothing here, or you do not have access to it. Check the address, or go back to the list."]),
            400 => (localizer["The request could not be read"], localizer["The form may have expired, or what you sent was too large (files can be at most 10 MB). Go back, reload the page and try again."]),
            413 => (localizer["Too large to read"], localizer["What you sent is larger than the app accepts. Files can be at most 10 MB each; long texts have limits shown next to their fields."]),
            403 => (localizer["Not allowed"], localizer["Your role does not give access to this page."]),
            503 => (localizer["The database is not answering"], localizer["Nothing was lost, but we cannot show or save anything right now. Try again in a moment."]),
            429 => (localizer["Too many sign-in attempts"], localizer["Too many attempts to sign in came from here or for this account. Try again in {0}.",
                SignInWait.Describe(HttpContext.Items[SignInRateLimits.RetryAfterItem] as TimeSpan? ?? TimeSpan.FromMinutes(1), localizer)]),
            _ => (localizer["Something went wrong"], localizer["We could not complete your request. It has been logged; please try again in a moment."]),
        };
    }
}
