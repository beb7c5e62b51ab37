using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace PromiseKeeper.Web.Infrastructure.Forms;

/// <summary>
/// A labelled select of a GET filter form (the incident list's filters), written straight to the response: the same markup
/// as <c>&lt;form-field items=… empty-option=… label-class="small mb-1" class="form-select-sm" /&gt;</c>, without the
/// framework's label and select tag helpers, which built a tag builder per option and looked the value up through model
/// metadata (a fifth of the list page's allocations, bench/results/app-cpu-2026-12-07.md). A filter has no hint and no
/// error of its own (the page lists values it cannot use), so there is nothing to describe. The option whose value equals
/// the current value (ignoring case, as the select tag helper compares) is selected; with none, the browser shows the first.
/// </summary>
/// <example><c>@(new FilterSelect("Stage", "stage", L.GetString("Stage"), stages, f.Stage?.ToString(), L.GetString("Any stage")))</c></example>
public sealed class FilterSelect(
    string name, string id, string label, IEnumerable<SelectListItem> items, string? selected, string? emptyOption = null) : IHtmlContent
{
    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(encoder);
        writer.Write("<label class=\"form-label small mb-1\" for=\"");
        encoder.Encode(writer, id);
        writer.Write("\">");
        encoder.Encode(writer, label);
        writer.Write("</label>");
        writer.WriteLine();
        writer.Write("<select name=\"");
        encoder.Encode(writer, name);
        writer.Write("\" id=\"");
        encoder.Encode(writer, id);
        writer.Write("\" class=\"form-select form-select-sm\">");
        if (emptyOption is not null)
        {
            Option(writer, encoder, string.Empty, emptyOption, isSelected: false, disabled: false);
        }

        foreach (var item in items)
        {
            var value = item.Value ?? item.Text;
            Option(writer, encoder, value, item.Text, selected is not null && string.Equals(value, selected, StringComparison.OrdinalIgnoreCase), item.Disabled);
            writer.WriteLine();
        }

        writer.Write("</select>");
        writer.WriteLine();
    }

    private static void Option(TextWriter writer, HtmlEncoder encoder, string value, string text, bool isSelected, bool disabled)
    {
        writer.Write("<option");
        if (disabled)
        {
            writer.Write(" disabled=\"disabled\"");
        }

        if (isSelected)
        {
            writer.Write(" selected=\"selected\"");
        }

        writer.Write(" value=\"");
        encoder.Encode(writer, value);
        writer.Write("\">");
        encoder.Encode(writer, text);
        writer.Write("</option>");
    }
}
