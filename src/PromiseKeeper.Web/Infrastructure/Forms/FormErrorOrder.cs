using System.Reflection;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace PromiseKeeper.Web.Infrastructure.Forms;

/// <summary>
/// The field errors of a re-shown form in form order, as the error summary lists them: errors come from binding, the
/// domain and validators in turn, so their own order jumps about. A form declares its properties in the order its
/// page shows them; keys of other forms on the page (a prefix other than <c>Data</c>) follow, in the order they came.
/// </summary>
public static class FormErrorOrder
{
    /// <returns>Each field with an error: the id of its control and its first message.</returns>
    public static IReadOnlyList<(string FieldId, string Message)> FieldErrors(ViewContext viewContext)
    {
        ArgumentNullException.ThrowIfNull(viewContext);
        var formType = (viewContext.ActionDescriptor as CompiledPageActionDescriptor)?.ModelTypeInfo?
            .GetProperty(FormErrorsPageFilter.FormPrefix)?.PropertyType;
        var order = formType?.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .OrderBy(p => p.MetadataToken)
            .Select((p, index) => (p.Name, index))
            .ToDictionary(p => p.Name, p => p.index, StringComparer.Ordinal) ?? [];
        return viewContext.ModelState
            .Where(entry => entry.Key.Length > 0 && entry.Value is { Errors.Count: > 0 })
            .OrderBy(entry => Position(entry.Key, order))
            .Select(entry => (FieldId: entry.Key.Replace('.', '_').Replace('[', '_').Replace(']', '_'), Message: entry.Value!.Errors[0].ErrorMessage))
            .ToList();
    }

    private static int Position(string key, Dictionary<string, int> order)
    {
        const string prefix = FormErrorsPageFilter.FormPrefix + ".";
        if (!key.StartsWith(prefix, StringComparison.Ordinal))
        {
            return int.MaxValue;
        }

        var name = key[prefix.Length..].Split('.', '[')[0];
        return order.TryGetValue(name, out var index) ? index : int.MaxValue;
    }
}
