using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace PromiseKeeper.Web.Infrastructure.Forms;

public sealed partial class FormFieldTagHelper
{
    /// <summary>
    /// A group of radio buttons (one value) or checkboxes (a list of values): a fieldset whose legend is the label,
    /// one form-check per option, then the hint and the error. The fieldset carries the field's id, so the
    /// error summary's link lands on the group. Which options are checked comes from the HTML generator, as for a
    /// select: what the form sent back first, else the model (no built-in tag helper writes a list of checkboxes).
    /// </summary>
    private async Task<IHtmlContent> ChoiceGroupAsync(
        TagHelperAttributeList attributes,
        FieldWiring field,
        bool required,
        bool inline,
        IHtmlContent? hint)
    {
        var legend = new TagBuilder("legend");
        legend.AddCssClass(Classes("form-label fs-6 mb-1", LabelClass));
        legend.InnerHtml.Append(Label ?? For.Metadata.GetDisplayName());
        if (required)
        {
            legend.InnerHtml.AppendHtml(RequiredMark);
        }

        var content = new HtmlContentBuilder();
        content.AppendHtml(legend).AppendLine();
        var chosen = generator.GetCurrentValues(ViewContext, For.ModelExplorer, For.Name, allowMultiple: Type is "checkbox");
        foreach (var item in Items!)
        {
            content.AppendHtml(Choice(item, field, inline, chosen?.Contains(item.Value) == true)).AppendLine();
        }

        await AppendHintAndErrorsAsync(content, field, hint, errorClass: "invalid-message d-block");

        // A fieldset cannot be required; the legend's asterisk says it.
        Take(attributes, "required");
        attributes.SetAttribute("id", field.Id);
        attributes.SetAttribute("tabindex", "-1");
        if (field.DescribedBy is not null)
        {
            attributes.SetAttribute("aria-describedby", field.DescribedBy);
        }

        var fieldset = new TagHelperOutput(
            "fieldset",
            attributes,
            (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
        fieldset.Content.SetHtmlContent(content);
        return fieldset;
    }

    /// <summary>One radio button or checkbox with its label.</summary>
    private TagBuilder Choice(SelectListItem item, FieldWiring field, bool inline, bool isChecked)
    {
        var id = TagBuilder.CreateSanitizedId($"{IdPrefix ?? field.Id}-{item.Value}", generator.IdAttributeDotReplacement);
        TagHelperAttributeList attributes =
        [
            new("class", "form-check-input"),
            new("type", Type),
            new("name", FullName(For)),
            new("id", id),
            new("value", item.Value),
        ];
        if (isChecked)
        {
            attributes.Add(new("checked", "checked"));
        }

        if (field.IsInvalid)
        {
            attributes.Add(new("aria-invalid", "true"));
        }

        var input = new TagHelperOutput(
            "input",
            attributes,
            (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()))
        {
            TagMode = TagMode.SelfClosing,
        };

        var label = new TagBuilder("label");
        label.AddCssClass("form-check-label");
        label.Attributes["for"] = id;
        label.InnerHtml.Append(item.Text);

        var check = new TagBuilder("div");
        check.AddCssClass(inline ? "form-check form-check-inline" : "form-check");
        check.InnerHtml.AppendHtml(input).AppendLine();
        check.InnerHtml.AppendHtml(label);
        return check;
    }
}
