using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Primitives;

namespace PromiseKeeper.Web.Infrastructure.Forms;

/// <summary>
/// Posted values the app cannot keep (a NUL byte, which PostgreSQL cannot store in text, or more than
/// <see cref="RequestLimits.MaxFormValueBytes"/> characters) are cleaned before binding (the NUL removed, the text cut),
/// and the field gets a message saying so. The page then shows the form again with the rest of the input kept, as for
/// any invalid input, instead of a generic 400 page or a database error. Dates outside the years
/// <see cref="FirstYear"/>–<see cref="LastYear"/> are refused the same way (date arithmetic near year 1 or 9999 overflows).
/// A POST that names no handler the page has answers 400. Runs before <see cref="FormErrorsPageFilter"/>.
/// </summary>
public sealed class UnsafeFormValuesPageFilter(IStringLocalizer<UnsafeFormValuesPageFilter> localizer) : IAsyncPageFilter
{
    private const string ProblemsItem = "PromiseKeeper.Forms.UnsafeValues";

    /// <summary>The English message (the resource key is <see cref="TooLongText"/>, with the limit as its value).</summary>
    public static readonly string TooLongMessage = string.Format(CultureInfo.InvariantCulture, TooLongText, RequestLimits.MaxFormValueBytes.ToString("N0", CultureInfo.InvariantCulture));

    private const string TooLongText = "This is longer than the app accepts ({0} characters at most), so it was cut there. Shorten it and save again.";

    public const int FirstYear = 1900;
    public const int LastYear = 2199;

    /// <summary>The English message (the resource key is <see cref="DateOutOfRangeText"/>, with the years as its values).</summary>
    public static readonly string DateOutOfRangeMessage = string.Format(CultureInfo.InvariantCulture, DateOutOfRangeText, FirstYear, LastYear);

    private const string DateOutOfRangeText = "Enter a date between the years {0} and {1}.";

    public const string NulMessage = "This held an invisible NUL character, which cannot be saved; it was removed. Check the text and save again.";

    public async Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context)
    {
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType)
        {
            return;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            // Not a form that can be read at all (over the body limit, malformed): model binding answers it as before.
            return;
        }

        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (context.HttpContext.Items[NulInForms.FieldsItem] is HashSet<string> hadNul)
        {
            foreach (var field in hadNul)
            {
                problems[field] = localizer[NulMessage];
            }
        }

        var cleaned = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, values) in form)
        {
            cleaned[key] = new StringValues([.. values.Select(value => Clean(key, value, problems))]);
        }

        if (problems.Count > 0)
        {
            context.HttpContext.Features.Set<IFormFeature>(new FormFeature(new FormCollection(cleaned, form.Files)));
            context.HttpContext.Items[ProblemsItem] = problems;
        }
    }

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerMethod is null && HttpMethods.IsPost(context.HttpContext.Request.Method))
        {
            // No handler of that name (or none for a bare POST): the page would render without its data.
            context.Result = new Microsoft.AspNetCore.Mvc.BadRequestResult();
            return Task.CompletedTask;
        }

        if (HttpMethods.IsPost(context.HttpContext.Request.Method) && context.HandlerInstance is PageModel page)
        {
            RefuseDatesOutOfRange(page);
        }

        if (context.HttpContext.Items[ProblemsItem] is Dictionary<string, string> problems)
        {
            foreach (var (key, message) in problems)
            {
                // This message explains the field best: any other (too long, required) follows from it.
                context.ModelState.Remove(key);
                context.ModelState.AddModelError(key, message);
            }
        }

        return next();
    }

    /// <summary>Dates of the posted form (the page's <see cref="FormErrorsPageFilter.FormPrefix"/> property) outside the sane years.</summary>
    private void RefuseDatesOutOfRange(PageModel page)
    {
        var form = page.GetType().GetProperty(FormErrorsPageFilter.FormPrefix)?.GetValue(page);
        if (form is null)
        {
            return;
        }

        foreach (var property in form.GetType().GetProperties())
        {
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (property.GetIndexParameters().Length > 0 || (type != typeof(DateTime) && type != typeof(DateOnly) && type != typeof(DateTimeOffset)))
            {
                continue;
            }

            var year = property.GetValue(form) switch
            {
                DateTime date => date.Year,
                DateOnly date => date.Year,
                DateTimeOffset date => date.Year,
                _ => (int?)null,
            };
            if (year is < FirstYear or > LastYear)
            {
                page.ModelState.AddModelError($"{FormErrorsPageFilter.FormPrefix}.{property.Name}", localizer[DateOutOfRangeText, $"{FirstYear}", $"{LastYear}"]);
            }
        }
    }

    private string? Clean(string key, string? value, Dictionary<string, string> problems)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Contains('\0', StringComparison.Ordinal))
        {
            value = value.Replace("\0", string.Empty, StringComparison.Ordinal);
            problems[key] = localizer[NulMessage];
        }

        if (value.Length > RequestLimits.MaxFormValueBytes)
        {
            value = value[..RequestLimits.MaxFormValueBytes];
            problems[key] = localizer[TooLongText, RequestLimits.MaxFormValueBytes.ToString("N0", CultureInfo.CurrentCulture)];
        }

        return value;
    }
}
