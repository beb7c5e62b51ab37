using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PromiseKeeper.Domain;

namespace PromiseKeeper.Web.Pages.Incidents.Shared;

/// <summary>
/// The shape every incident form page shares: GET loads the view and fills the form from it; a POST sends the
/// command, leaves a status message and redirects (post/redirect/get). On errors <see cref="FormErrorsPageFilter"/>
/// reloads the view through <see cref="LoadFormLookupsAsync"/> and shows the same page with the input kept.
/// A page declares its view query, how the form starts, and for each posted command its message.
/// </summary>
/// <typeparam name="TView">What the page shows.</typeparam>
/// <typeparam name="TForm">The main form, bound as <c>Data</c>.</typeparam>
public abstract class IncidentFormPage<TView, TForm>(IMediator mediator) : PageModel, IReloadsFormOnError, IShowsIncident
    where TView : class, IIncidentView
    where TForm : class, new()
{
    private const string IncidentPage = "/Incidents/Details";

    public IncidentHeader? ShownIncident => View?.Header;

    [BindProperty]
    public TForm Data { get; set; } = new();

    /// <summary>Read on GET and before the form is shown again with errors.</summary>
    public TView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        await LoadViewAsync(id, cancellationToken);
        Data = FormFrom(View);
        return Page();
    }

    public virtual Task LoadFormLookupsAsync(CancellationToken cancellationToken) =>
        LoadViewAsync(this.IncidentId(), cancellationToken);

    /// <summary>The query that reads what the page shows.</summary>
    protected abstract IQuery<TView> ViewQuery(long id);

    /// <summary>The form as it starts on GET (what is on record, or a draft).</summary>
    protected abstract TForm FormFrom(TView view);

    /// <summary>Sends a change and goes to the incident page with <paramref name="message"/>.</summary>
    protected Task<IActionResult> SendAsync<TResult>(ICommand<TResult> command, Func<TResult, string> message, CancellationToken cancellationToken) =>
        SendAsync(command, message, IncidentPage, cancellationToken);

    /// <inheritdoc cref="SendAsync{TResult}(ICommand{TResult}, Func{TResult, string}, CancellationToken)"/>
    protected Task<IActionResult> SendAsync<TResult>(ICommand<TResult> command, string message, CancellationToken cancellationToken) =>
        SendAsync(command, _ => message, IncidentPage, cancellationToken);

    /// <summary>Sends a change and shows this page again with <paramref name="message"/> (for work that goes on here).</summary>
    protected Task<IActionResult> SendAndStayAsync<TResult>(ICommand<TResult> command, Func<TResult, string> message, CancellationToken cancellationToken) =>
        SendAsync(command, message, page: null, cancellationToken);

    /// <inheritdoc cref="SendAndStayAsync{TResult}(ICommand{TResult}, Func{TResult, string}, CancellationToken)"/>
    protected Task<IActionResult> SendAndStayAsync<TResult>(ICommand<TResult> command, string message, CancellationToken cancellationToken) =>
        SendAsync(command, _ => message, page: null, cancellationToken);

    /// <summary>
    /// For a second form on the page, bound under <paramref name="prefix"/> rather than <c>Data</c>: sends its change and
    /// shows this page again with <paramref name="message"/>; the domain's field messages land next to that form's fields
    /// (key "prefix.Field", or "Field" when the prefix is empty), so they never show on the main form.
    /// </summary>
    /// <param name="fragment">Where on the page to land after the change (an element id), or null for the top.</param>
    protected async Task<IActionResult> SendFormAndStayAsync<TResult>(
        string prefix, ICommand<TResult> command, Func<TResult, string> message, string? fragment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            var result = await mediator.Send(command, cancellationToken);
            TempData[StatusMessage.Key] = message(result);
            return RedirectToPage(null, null, new { id = this.IncidentId() }, fragment);
        }
        catch (DomainException ex) when (ex.Violations.Count > 0)
        {
            foreach (var violation in ex.Violations)
            {
                ModelState.AddModelError(prefix.Length == 0 ? violation.Field : $"{prefix}.{violation.Field}", violation.Message);
            }

            await LoadFormLookupsAsync(cancellationToken);
            return Page();
        }
    }

    /// <summary>Sends a change; its result says whether this page shows again (<paramref name="stay"/>) or the incident page follows.</summary>
    protected async Task<IActionResult> SendAsync<TResult>(ICommand<TResult> command, Func<TResult, string> message, Func<TResult, bool> stay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(stay);
        var result = await mediator.Send(command, cancellationToken);
        TempData[StatusMessage.Key] = message(result);
        return stay(result) ? RedirectToPage(new { id = this.IncidentId() }) : RedirectToPage(IncidentPage, new { id = this.IncidentId() });
    }

    protected async Task LoadViewAsync(long id, CancellationToken cancellationToken) =>
        View = await mediator.Send(ViewQuery(id), cancellationToken);

    /// <summary>Sends a change and goes to <paramref name="page"/> (a reviewer's queue, say), or shows this page again when null.</summary>
    protected async Task<IActionResult> SendAsync<TResult>(ICommand<TResult> command, Func<TResult, string> message, string? page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var result = await mediator.Send(command, cancellationToken);
        TempData[StatusMessage.Key] = message(result);
        return page switch
        {
            null => RedirectToPage(new { id = this.IncidentId() }),
            IncidentPage => RedirectToPage(IncidentPage, new { id = this.IncidentId() }),
            _ => RedirectToPage(page),
        };
    }
}
