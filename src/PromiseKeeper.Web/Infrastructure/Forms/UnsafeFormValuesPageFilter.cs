using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Primitives;

namespace PromiseKeeper.Web.Infrastructure.Forms;

/// <summary>
/// Posted values the app cannot keep (a NUL byte, which PostgreSQL cannot store in text, or more than
/// <see cref="RequestLimits.MaxFormValueBytes"/> characters) are cleaned before binding (the NUL removed, the text cut),
/// and the field gets a message saying so. The page then shows the form again with the rest of the input kept, as for
/// any invalid input, instead of a generic 400 page or a database error. Runs before <see cref="FormErrorsPageFilter"/>.
/// </summary>
public sealed class UnsafeFormValuesPageFilter : IAsyncPageFilter
{
    private const string ProblemsItem = "PromiseKeeper.Forms.UnsafeValues";

    public static readonly string TooLongMessage = string.Create(CultureInfo.InvariantCulture,
        $"This is longer than the app accepts ({RequestLimits.MaxFormValueBytes:N0} characters at most), so it was cut there. Shorten it and save again.");

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

    private static string? Clean(string key, string? value, Dictionary<string, string> problems)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Contains('\0', StringComparison.Ordinal))
        {
            value = value.Replace("\0", string.Empty, StringComparison.Ordinal);
            problems[key] = NulMessage;
        }

        if (value.Length > RequestLimits.MaxFormValueBytes)
        {
            value = value[..RequestLimits.MaxFormValueBytes];
            problems[key] = TooLongMessage;
        }

        return value;
    }
}
