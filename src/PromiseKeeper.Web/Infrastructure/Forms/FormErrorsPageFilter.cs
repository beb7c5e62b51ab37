using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Infrastructure.Forms;

/// <summary>
/// Shows errors on the same page with the typed input kept, so nothing is lost on bad input:
/// <list type="bullet">
/// <item>input that did not even bind (text in a number field) stops the handler, and the domain's field rules
/// (<see cref="IDomainInput"/>) and the form's validator run anyway so every other field's message shows at the same time;</item>
/// <item>a <see cref="ValidationException"/> from the mediator pipeline becomes messages next to fields;</item>
/// <item>a <see cref="DomainException"/> with field violations (input the domain could not parse) becomes messages next to
/// fields; without, a message at the top of the page;</item>
/// <item>a concurrency conflict says someone else changed the record;</item>
/// <item>a database that does not answer (<see cref="DatabaseUnavailable"/>) gives the form back with 503 and
/// "could not save, try again", when the page can be shown again without it.</item>
/// </list>
/// Form pages bind their command to a property named <see cref="FormPrefix"/>, so field keys are "Data.Field".
/// </summary>
public sealed class FormErrorsPageFilter(IStringLocalizer<FormErrorsPageFilter> localizer) : IAsyncPageFilter
{
    public const string FormPrefix = "Data";

    private static readonly TimeSpan ReloadAfterTimeout = TimeSpan.FromMilliseconds(500);

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerInstance is not PageModel page || HttpMethods.IsGet(context.HttpContext.Request.Method))
        {
            await next();
            return;
        }

        if (!context.ModelState.IsValid)
        {
            try
            {
                await AddValidatorMessagesAsync(page, context.HttpContext.RequestServices, context.HttpContext.RequestAborted);
            }
            catch (Exception ex) when (DatabaseUnavailable.Is(ex))
            {
                context.Result = await RenderUnavailableAsync(page, ex, context.HttpContext.RequestAborted);
                return;
            }

            context.Result = await RenderAgainAsync(page, context.HttpContext.RequestAborted);
            return;
        }

        var executed = await next();
        if (executed.Exception is null || executed.ExceptionHandled)
        {
            return;
        }

        switch (executed.Exception)
        {
            case ValidationException validation:
                AddFailures(page.ModelState, validation.Errors);
                break;
            case DomainException domain when domain.Violations.Count > 0:
                foreach (var violation in domain.Violations)
                {
                    AddIfFieldHasNoError(page.ModelState, $"{FormPrefix}.{violation.Field}", violation.Message);
                }

                break;
            case DomainException domain:
                page.ModelState.AddModelError(string.Empty, domain.Message);
                break;
            case DbUpdateConcurrencyException:
                page.ModelState.AddModelError(
                    string.Empty,
                    localizer["Someone else changed this record while you were editing it. Your changes are still in the form: reload the page to see theirs, then apply yours again."]);
                break;
            case var fault when DatabaseUnavailable.Is(fault):
                executed.ExceptionHandled = true;
                executed.Result = await RenderUnavailableAsync(page, fault, context.HttpContext.RequestAborted);
                return;
            default:
                return;
        }

        executed.ExceptionHandled = true;
        executed.Result = await RenderAgainAsync(page, context.HttpContext.RequestAborted);
    }

    private static async Task AddValidatorMessagesAsync(PageModel page, IServiceProvider services, CancellationToken cancellationToken)
    {
        var form = page.GetType().GetProperty(FormPrefix)?.GetValue(page);
        if (form is null)
        {
            return;
        }

        if (form is IDomainInput input)
        {
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            foreach (var violation in input.InputViolations(now))
            {
                AddIfFieldHasNoError(page.ModelState, $"{FormPrefix}.{violation.Field}", violation.Message);
            }
        }

        var validatorType = typeof(IValidator<>).MakeGenericType(form.GetType());
        foreach (var validator in services.GetServices(validatorType).OfType<IValidator>())
        {
            var result = await validator.ValidateAsync(new ValidationContext<object>(form), cancellationToken);
            AddFailures(page.ModelState, result.Errors);
        }
    }

    private static void AddFailures(ModelStateDictionary modelState, IEnumerable<FluentValidation.Results.ValidationFailure> failures)
    {
        foreach (var failure in failures)
        {
            var key = string.IsNullOrEmpty(failure.PropertyName) ? string.Empty : $"{FormPrefix}.{failure.PropertyName}";
            AddIfFieldHasNoError(modelState, key, failure.ErrorMessage);
        }
    }

    // A field that failed to bind already says why; a second "required" message would only confuse.
    private static void AddIfFieldHasNoError(ModelStateDictionary modelState, string key, string message)
    {
        if (key.Length > 0 && modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
        {
            return;
        }

        modelState.AddModelError(key, message);
    }

    private async Task<Microsoft.AspNetCore.Mvc.IActionResult> RenderUnavailableAsync(PageModel page, Exception fault, CancellationToken cancellationToken)
    {
        page.ModelState.AddModelError(string.Empty, localizer[DatabaseUnavailable.CouldNotSave]);
        page.Response.Headers.RetryAfter = DatabaseUnavailable.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // A page that cannot load what it shows around the form (an incident's playbook page) cannot show it again
        // either: that exception reaches the 503 error page, where the browser keeps the input (form-drafts.js).
        if (page is IReloadsFormOnError reloads)
        {
            if (DatabaseUnavailable.IsTimeout(fault))
            {
                await ReloadBrieflyAsync(reloads, fault, cancellationToken);
            }
            else
            {
                await reloads.LoadFormLookupsAsync(cancellationToken);
            }
        }

        var result = page.Page();
        result.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return result;
    }

    /// <summary>
    /// After a statement that timed out (a held lock), the page's own reads would most likely wait as long again: they
    /// get half a second (enough for cached lookups), then the fault goes on to the 503 page, where the browser keeps
    /// the input. So the answer comes within seconds rather than after two full command timeouts.
    /// </summary>
    private static async Task ReloadBrieflyAsync(IReloadsFormOnError reloads, Exception fault, CancellationToken requestAborted)
    {
        using var brief = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        brief.CancelAfter(ReloadAfterTimeout);
        try
        {
            await reloads.LoadFormLookupsAsync(brief.Token);
        }
        catch (Exception ex) when (brief.IsCancellationRequested && !requestAborted.IsCancellationRequested
            && (ex is OperationCanceledException || DatabaseUnavailable.Is(ex)))
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(fault);
        }
    }

    private static async Task<Microsoft.AspNetCore.Mvc.IActionResult> RenderAgainAsync(PageModel page, CancellationToken cancellationToken)
    {
        if (page is IReloadsFormOnError reloads)
        {
            await reloads.LoadFormLookupsAsync(cancellationToken);
        }

        return page.Page();
    }
}
