using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace PromiseKeeper.Web.Infrastructure.Forms;

/// <summary>
/// One form field: its label, its control, an optional hint and its error message, with the control's
/// <c>aria-describedby</c> naming the hint and the error (when there is one) and <c>aria-invalid</c> set on error.
/// The framework's own input, label, select, textarea and validation-message tag helpers write the elements,
/// so names, ids, values and encoding are theirs. Attributes this helper does not know (rows, maxlength,
/// autocomplete, class, ...) go on the control, so a <c>name</c> and <c>id</c> given there win (short query-string
/// names in filter forms). Two flags: <c>required</c> stays on the control (the forms are novalidate, so it only tells
/// assistive technology) and adds the label's asterisk; <c>inline</c> lays a group's options out in a row.
/// </summary>
/// <example><c>&lt;form-field for="Data.Summary" label="Short summary" required maxlength="200" /&gt;</c></example>
[HtmlTargetElement("form-field", Attributes = "for")]
public sealed partial class FormFieldTagHelper(IHtmlGenerator generator) : TagHelper
{
    private static readonly IHtmlContent RequiredMark = new HtmlString(" <span aria-hidden=\"true\">*</span>");

    /// <summary>The property the field edits.</summary>
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = null!;

    /// <summary>The label's text; the property's display name when left out.</summary>
    [HtmlAttributeName("label")]
    public string? Label { get; set; }

    /// <summary>A hint under the control. A hint that needs markup is written as the element's content instead.</summary>
    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    /// <summary>
    /// An input type (date, email, checkbox, ...) or "textarea"; left out, it follows from the property as with asp-for.
    /// With <see cref="Items"/>: "radio" or "checkbox" for a group of them, left out for a select.
    /// </summary>
    [HtmlAttributeName("type")]
    public string? Type { get; set; }

    /// <summary>The options of a select, a radio group or a checkbox group.</summary>
    [HtmlAttributeName("items")]
    public IEnumerable<SelectListItem>? Items { get; set; }

    /// <summary>The text of a first, empty option of a select ("Choose…").</summary>
    [HtmlAttributeName("empty-option")]
    public string? EmptyOption { get; set; }

    /// <summary>Classes added to the label's (or a group's legend's) own.</summary>
    [HtmlAttributeName("label-class")]
    public string? LabelClass { get; set; }

    /// <summary>In a group, each option's id is this prefix, a dash and its value; the field's id when left out.</summary>
    [HtmlAttributeName("id-prefix")]
    public string? IdPrefix { get; set; }

    /// <summary>
    /// A value the form sends without a control of its own (the browser's time zone) whose errors show with this field.
    /// </summary>
    [HtmlAttributeName("errors-also-for")]
    public ModelExpression? ErrorsAlsoFor { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var control = new TagHelperAttributeList(output.Attributes);
        var required = control.ContainsName("required");
        var inline = Take(control, "inline");
        var pageDescribedBy = control.TryGetAttribute("aria-describedby", out var describedBy) ? describedBy.Value?.ToString() : null;
        var childContent = await output.GetChildContentAsync();
        IHtmlContent? hint = Hint is not null ? Text(Hint)
            : childContent.IsEmptyOrWhiteSpace ? null
            : childContent;

        var field = Wire(control, hint is not null, pageDescribedBy);
        var parts = new HtmlContentBuilder();
        if (Items is not null && Type is "radio" or "checkbox")
        {
            parts.AppendHtml(await ChoiceGroupAsync(control, field, required, inline, hint));
        }
        else if (Type is "checkbox")
        {
            parts.AppendHtml(await CheckBoxAsync(control, field, required, hint));
        }
        else
        {
            parts.AppendHtml(await LabelAsync(field.Id, Classes("form-label", LabelClass), required)).AppendLine();
            parts.AppendHtml(await ControlAsync(control, field)).AppendLine();
            await AppendHintAndErrorsAsync(parts, field, hint, errorClass: "invalid-message");
        }

        output.TagName = null;
        output.Attributes.Clear();
        output.Content.SetHtmlContent(parts);
    }

    /// <summary>The ids and error state that tie the label, control, hint and error messages together.</summary>
    /// <param name="AlsoErrorId">The id of the <see cref="ErrorsAlsoFor"/> value's error, when it has one.</param>
    private sealed record FieldWiring(string Id, bool HasError, string? AlsoErrorId, string? DescribedBy)
    {
        public bool IsInvalid => HasError || AlsoErrorId is not null;

        public string HintId => $"{Id}-hint";

        public string ErrorId => $"{Id}-error";
    }

    private FieldWiring Wire(TagHelperAttributeList control, bool hasHint, string? pageDescribedBy)
    {
        var id = control.TryGetAttribute("id", out var given) && given.Value?.ToString() is { Length: > 0 } givenId
            ? givenId
            : IdOf(For);
        var hasError = HasErrors(For);
        var alsoErrorId = ErrorsAlsoFor is not null && HasErrors(ErrorsAlsoFor) ? $"{IdOf(ErrorsAlsoFor)}-error" : null;
        var describedBy = string.Join(' ', new[]
        {
            pageDescribedBy,
            hasHint ? $"{id}-hint" : null,
            hasError ? $"{id}-error" : null,
            alsoErrorId,
        }.Where(part => !string.IsNullOrWhiteSpace(part)));
        return new FieldWiring(id, hasError, alsoErrorId, describedBy.Length == 0 ? null : describedBy);
    }

    private async Task<IHtmlContent> LabelAsync(string id, string cssClass, bool required) =>
        await BuiltInTagHelpers.RunAsync(
            new LabelTagHelper(generator) { For = For, ViewContext = ViewContext },
            "label",
            TagMode.StartTagAndEndTag,
            [new("class", cssClass), new("for", id)],
            content: Label is null ? null : Text(Label),
            postContent: required ? RequiredMark : null);

    private async Task<IHtmlContent> ControlAsync(TagHelperAttributeList control, FieldWiring field)
    {
        if (Type is "textarea")
        {
            Describe(control, "form-control", field);
            return await BuiltInTagHelpers.RunAsync(
                new TextAreaTagHelper(generator) { For = For, ViewContext = ViewContext },
                "textarea",
                TagMode.StartTagAndEndTag,
                control);
        }

        if (Items is not null)
        {
            Describe(control, "form-select", field);
            return await BuiltInTagHelpers.RunAsync(
                new SelectTagHelper(generator) { For = For, Items = Items, ViewContext = ViewContext },
                "select",
                TagMode.StartTagAndEndTag,
                control,
                content: EmptyOption is null ? null : Option(string.Empty, EmptyOption));
        }

        Describe(control, "form-control", field);
        return await InputAsync(control, Type);
    }

    /// <summary>A single checkbox for a yes/no property: the box, then its label, in Bootstrap's form-check.</summary>
    private async Task<IHtmlContent> CheckBoxAsync(TagHelperAttributeList control, FieldWiring field, bool required, IHtmlContent? hint)
    {
        Describe(control, "form-check-input", field);
        // The built-in checkbox throws on a sent value that is not a boolean ("maybe"); show it unticked, with its error.
        var modelState = ViewContext.ViewData.ModelState;
        if (modelState.TryGetValue(For.Name, out var sent) && sent.AttemptedValue is { } value && !bool.TryParse(value, out _))
        {
            modelState.SetModelValue(For.Name, rawValue: false, attemptedValue: bool.FalseString);
        }

        var check = new TagBuilder("div");
        check.AddCssClass("form-check");
        check.InnerHtml.AppendHtml(await InputAsync(control, "checkbox")).AppendLine();
        check.InnerHtml.AppendHtml(await LabelAsync(field.Id, Classes("form-check-label", LabelClass), required)).AppendLine();
        await AppendHintAndErrorsAsync(check.InnerHtml, field, hint, errorClass: "invalid-message d-block");
        return check;
    }

    private async Task<IHtmlContent> InputAsync(TagHelperAttributeList attributes, string? type)
    {
        if (type is not null)
        {
            attributes.SetAttribute("type", type);
        }

        return await BuiltInTagHelpers.RunAsync(
            new InputTagHelper(generator) { For = For, InputTypeName = type, ViewContext = ViewContext },
            "input",
            TagMode.SelfClosing,
            attributes);
    }

    private async Task AppendHintAndErrorsAsync(IHtmlContentBuilder parts, FieldWiring field, IHtmlContent? hint, string errorClass)
    {
        if (hint is not null)
        {
            var text = new TagBuilder("div");
            text.Attributes["id"] = field.HintId;
            text.AddCssClass("form-text");
            text.InnerHtml.AppendHtml(hint);
            parts.AppendHtml(text).AppendLine();
        }

        if (field.HasError)
        {
            parts.AppendHtml(await ErrorAsync(For, field.ErrorId, errorClass)).AppendLine();
        }

        if (ErrorsAlsoFor is not null && field.AlsoErrorId is not null)
        {
            parts.AppendHtml(await ErrorAsync(ErrorsAlsoFor, field.AlsoErrorId, errorClass)).AppendLine();
        }
    }

    /// <summary>The field's error message, written only when there is one, so no empty element is named anywhere.</summary>
    private Task<TagHelperOutput> ErrorAsync(ModelExpression field, string id, string cssClass) =>
        BuiltInTagHelpers.RunAsync(
            new ValidationMessageTagHelper(generator) { For = field, ViewContext = ViewContext },
            "span",
            TagMode.StartTagAndEndTag,
            [new("id", id), new("class", cssClass)]);

    /// <summary>Adds the control's base class and its aria attributes, keeping the page's own attributes.</summary>
    private static void Describe(TagHelperAttributeList control, string baseClass, FieldWiring field)
    {
        control.SetAttribute("class", Classes(baseClass, control.TryGetAttribute("class", out var own) ? own.Value?.ToString() : null));
        if (field.DescribedBy is not null)
        {
            control.SetAttribute("aria-describedby", field.DescribedBy);
        }

        if (field.IsInvalid)
        {
            control.SetAttribute("aria-invalid", "true");
        }
    }

    private bool HasErrors(ModelExpression field) =>
        ViewContext.ViewData.ModelState.TryGetValue(FullName(field), out var entry) && entry.Errors.Count > 0;

    private string FullName(ModelExpression field) => ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(field.Name);

    private string IdOf(ModelExpression field) => TagBuilder.CreateSanitizedId(FullName(field), generator.IdAttributeDotReplacement);

    /// <summary>Removes an attribute meant for this helper, not the control; false when it was not there.</summary>
    private static bool Take(TagHelperAttributeList attributes, string name) =>
        attributes.TryGetAttribute(name, out var attribute) && attributes.Remove(attribute);

    private static string Classes(string baseClass, string? extra) =>
        string.IsNullOrWhiteSpace(extra) ? baseClass : $"{baseClass} {extra.Trim()}";

    /// <summary>Plain text, HTML-encoded when written.</summary>
    private static IHtmlContent Text(string text) => new HtmlContentBuilder().Append(text);

    private static TagBuilder Option(string value, string text)
    {
        var option = new TagBuilder("option");
        option.Attributes["value"] = value;
        option.InnerHtml.Append(text);
        return option;
    }
}
