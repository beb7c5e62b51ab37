using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Rendering;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Tests.Infrastructure.Forms;

public sealed class FormFieldTagHelperTests
{
    [Fact]
    public async Task The_label_points_at_the_control_which_keeps_the_name_and_id_asp_for_gives_it()
    {
        var html = await new FormFieldRendering().RenderAsync(p => p.Data.Summary, f => f.Label = "Short summary");

        Assert.Contains("<label class=\"form-label\" for=\"Data_Summary\">Short summary</label>", html, StringComparison.Ordinal);
        var input = Tag(html, "input");
        Assert.Equal("Data_Summary", Attribute(input, "id"));
        Assert.Equal("Data.Summary", Attribute(input, "name"));
        Assert.Equal("text", Attribute(input, "type"));
        Assert.Equal("form-control", Attribute(input, "class"));
    }

    [Fact]
    public async Task Without_an_error_the_control_is_described_by_its_hint_only_and_is_not_invalid()
    {
        var html = await new FormFieldRendering().RenderAsync(p => p.Data.Summary, f => f.Hint = "One line.");

        var input = Tag(html, "input");
        Assert.Equal("Data_Summary-hint", Attribute(input, "aria-describedby"));
        Assert.Null(Attribute(input, "aria-invalid"));
        Assert.Contains("<div class=\"form-text\" id=\"Data_Summary-hint\">One line.</div>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Data_Summary-error", html, StringComparison.Ordinal);
        Assert.DoesNotContain("invalid-message", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_hint_or_an_error_the_control_has_no_aria_describedby()
    {
        var html = await new FormFieldRendering().RenderAsync(p => p.Data.Summary);

        Assert.Null(Attribute(Tag(html, "input"), "aria-describedby"));
        Assert.DoesNotContain("-hint", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_an_error_the_control_is_invalid_and_described_by_its_hint_and_the_error()
    {
        var form = new FormFieldRendering();
        form.Posted("Data.Summary", "", "Give the incident a short summary.");

        var html = await form.RenderAsync(p => p.Data.Summary, f => f.Hint = "One line.");

        var input = Tag(html, "input");
        Assert.Equal("true", Attribute(input, "aria-invalid"));
        Assert.Equal("Data_Summary-hint Data_Summary-error", Attribute(input, "aria-describedby"));
        Assert.Contains("input-validation-error", Attribute(input, "class"), StringComparison.Ordinal);
        Assert.Matches("<span id=\"Data_Summary-error\" class=\"invalid-message field-validation-error\"[^>]*>Give the incident a short summary.</span>", html);
    }

    [Fact]
    public async Task The_pages_own_describedby_comes_first_and_the_page_attributes_reach_the_control()
    {
        var form = new FormFieldRendering();
        form.Posted("Data.Summary", "x", "Too short.");

        var html = await form.RenderAsync(
            p => p.Data.Summary,
            attributes: [new("aria-describedby", "shared-help"), new("maxlength", 200), new("class", "text-uppercase"), new("autocomplete", "off"), new("required")]);

        var input = Tag(html, "input");
        Assert.Equal("shared-help Data_Summary-error", Attribute(input, "aria-describedby"));
        Assert.Equal("200", Attribute(input, "maxlength"));
        Assert.Equal("off", Attribute(input, "autocomplete"));
        Assert.StartsWith("form-control text-uppercase", Attribute(input, "class"), StringComparison.Ordinal);
        Assert.NotNull(Attribute(input, "required"));
        Assert.Contains("Summary <span aria-hidden=\"true\">*</span></label>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Everything_a_person_typed_and_every_text_is_html_encoded()
    {
        var page = new FormPage { Data = { Notes = "</textarea><script>alert(1)</script>" } };
        var form = new FormFieldRendering(page);
        form.Posted("Data.Summary", "\"><script>alert(2)</script>", "Not <b>valid</b>.");

        var input = await form.RenderAsync(p => p.Data.Summary, f => { f.Label = "A <i>label</i>"; f.Hint = "A <u>hint</u>"; });
        var textarea = await form.RenderAsync(p => p.Data.Notes, f => f.Type = "textarea", [new("rows", 3)]);

        Assert.DoesNotContain("<script>", input + textarea, StringComparison.Ordinal);
        Assert.Contains("value=\"&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;\"", input, StringComparison.Ordinal);
        Assert.Contains("A &lt;i&gt;label&lt;/i&gt;", input, StringComparison.Ordinal);
        Assert.Contains("A &lt;u&gt;hint&lt;/u&gt;", input, StringComparison.Ordinal);
        Assert.Contains("Not &lt;b&gt;valid&lt;/b&gt;.", input, StringComparison.Ordinal);
        Assert.Contains("&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;</textarea>", textarea, StringComparison.Ordinal);
        Assert.Equal("3", Attribute(Tag(textarea, "textarea"), "rows"));
    }

    [Fact]
    public async Task A_hint_written_as_content_keeps_its_markup()
    {
        var html = await new FormFieldRendering().RenderAsync(
            p => p.Data.TimeZone,
            childContent: "Empty: yours (<span data-time-zone-label>UTC</span>).");

        Assert.Contains("<div class=\"form-text\" id=\"Data_TimeZone-hint\">Empty: yours (<span data-time-zone-label>UTC</span>).</div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_select_lists_its_items_after_the_empty_option_and_selects_the_current_value()
    {
        var page = new FormPage { Data = { Fault = Fault.ThirdParty } };
        var items = SelectLists.For<Fault>(fault => $"{fault} & co");

        var html = await new FormFieldRendering(page).RenderAsync(p => p.Data.Fault, f => { f.Items = items; f.EmptyOption = "Choose…"; });

        var select = Regex.Match(html, "<select[^>]*>(?<options>.*)</select>", RegexOptions.Singleline);
        Assert.True(select.Success, html);
        Assert.Equal("form-select", Attribute(select.Value, "class"));
        Assert.Equal("Data.Fault", Attribute(select.Value, "name"));
        var options = Regex.Matches(select.Groups["options"].Value, "<option[^>]*>[^<]*</option>").Select(m => m.Value).ToList();
        Assert.Equal("<option value=\"\">Choose…</option>", System.Net.WebUtility.HtmlDecode(options[0]));
        Assert.Equal(Enum.GetValues<Fault>().Length + 1, options.Count);
        Assert.Contains("<option selected=\"selected\" value=\"ThirdParty\">ThirdParty &amp; co</option>", options);
        Assert.Single(options, o => o.Contains("selected", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_date_is_written_in_the_format_the_date_input_reads()
    {
        var page = new FormPage { Data = { PromisedOn = new DateOnly(2026, 3, 9) } };

        var html = await new FormFieldRendering(page).RenderAsync(p => p.Data.PromisedOn, f => f.Type = "date");

        var input = Tag(html, "input");
        Assert.Equal("date", Attribute(input, "type"));
        Assert.Equal("2026-03-09", Attribute(input, "value"));
    }

    [Fact]
    public async Task A_checkbox_comes_before_its_label_in_a_form_check_and_sends_false_when_unticked()
    {
        var page = new FormPage { Data = { HasLeft = true } };

        var html = await new FormFieldRendering(page).RenderAsync(p => p.Data.HasLeft, f => { f.Type = "checkbox"; f.Label = "They have left"; });

        Assert.Matches(
            "^<div class=\"form-check\"><input class=\"form-check-input\" type=\"checkbox\"[^>]*/><input name=\"Data.HasLeft\" type=\"hidden\" value=\"false\" />\\s*<label class=\"form-check-label\" for=\"Data_HasLeft\">They have left</label>",
            html);
        var box = Tag(html, "input");
        Assert.Equal("checked", Attribute(box, "checked"));
        Assert.Equal("true", Attribute(box, "value"));
        Assert.Equal("Data_HasLeft", Attribute(box, "id"));
    }

    [Fact]
    public async Task A_radio_group_is_a_fieldset_with_the_fields_id_and_checks_the_current_value()
    {
        var page = new FormPage { Data = { SharedFeelings = false } };
        SelectListItem[] items = [new("Yes", "true"), new("No", "false")];

        var html = await new FormFieldRendering(page).RenderAsync(
            p => p.Data.SharedFeelings,
            f => { f.Type = "radio"; f.Items = items; f.IdPrefix = "feelings"; f.Label = "Could they say how they feel?"; },
            [new("class", "mb-3"), new("inline"), new("required")]);

        Assert.StartsWith("<fieldset class=\"mb-3\" id=\"Data_SharedFeelings\" tabindex=\"-1\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("required", html, StringComparison.Ordinal);
        Assert.Contains("<legend class=\"form-label fs-6 mb-1\">Could they say how they feel? <span aria-hidden=\"true\">*</span></legend>", html, StringComparison.Ordinal);
        Assert.Matches(
            "<div class=\"form-check form-check-inline\"><input class=\"form-check-input\" type=\"radio\" name=\"Data.SharedFeelings\" id=\"feelings-true\" value=\"true\" />\\s*<label class=\"form-check-label\" for=\"feelings-true\">Yes</label></div>",
            html);
        Assert.Contains("id=\"feelings-false\" value=\"false\" checked=\"checked\" />", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_with_an_error_is_described_by_it_and_marks_each_option_invalid()
    {
        var form = new FormFieldRendering();
        form.Posted("Data.SharedFeelings", "", "Say whether the client could vent.");
        SelectListItem[] items = [new("Yes", "true"), new("No", "false")];

        var html = await form.RenderAsync(p => p.Data.SharedFeelings, f => { f.Type = "radio"; f.Items = items; });

        Assert.Contains("aria-describedby=\"Data_SharedFeelings-error\"", Tag(html, "fieldset"), StringComparison.Ordinal);
        Assert.Equal(2, Regex.Matches(html, "<input[^>]*aria-invalid=\"true\"").Count);
        Assert.Contains("id=\"Data_SharedFeelings-true\"", html, StringComparison.Ordinal);
        Assert.Matches("<span id=\"Data_SharedFeelings-error\" class=\"invalid-message d-block field-validation-error\"[^>]*>Say whether the client could vent.</span>", html);
    }

    [Fact]
    public async Task A_checkbox_group_checks_what_the_form_sent_back()
    {
        var page = new FormPage { Data = { Roles = ["Admin"] } };
        var form = new FormFieldRendering(page);
        form.ModelState.SetModelValue("Data.Roles", new[] { "Legal", "TeamLead" }, "Legal,TeamLead");
        SelectListItem[] items = [new("Admin", "Admin"), new("Legal", "Legal"), new("Team lead", "TeamLead")];

        var html = await form.RenderAsync(p => p.Data.Roles, f => { f.Type = "checkbox"; f.Items = items; f.IdPrefix = "role"; });

        Assert.Contains("type=\"checkbox\" name=\"Data.Roles\" id=\"role-Admin\" value=\"Admin\" />", html, StringComparison.Ordinal);
        Assert.Contains("id=\"role-Legal\" value=\"Legal\" checked=\"checked\" />", html, StringComparison.Ordinal);
        Assert.Contains("id=\"role-TeamLead\" value=\"TeamLead\" checked=\"checked\" />", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_of_a_value_without_its_own_control_show_with_the_field()
    {
        var form = new FormFieldRendering();
        form.Posted("Data.TimeZone", "Mars/Olympus", "Unknown time zone.");

        var html = await form.RenderAsync(p => p.Data.DiscoveredAt, f => { f.Type = "datetime-local"; f.ErrorsAlsoFor = form.Expression(p => p.Data.TimeZone); });

        var input = Tag(html, "input");
        Assert.Equal("true", Attribute(input, "aria-invalid"));
        Assert.Equal("Data_TimeZone-error", Attribute(input, "aria-describedby"));
        Assert.Matches("<span id=\"Data_TimeZone-error\"[^>]*>Unknown time zone.</span>", html);
    }

    [Fact]
    public async Task A_filter_keeps_its_short_name_and_id_and_the_label_follows_the_id()
    {
        var html = await new FormFieldRendering().RenderAsync(
            p => p.Data.Fault,
            f => { f.Items = SelectLists.For<Fault>(DisplayText.Of); f.LabelClass = "small mb-1"; },
            [new("name", "Fault"), new("id", "fault"), new("class", "form-select-sm")]);

        Assert.Contains("<label class=\"form-label small mb-1\" for=\"fault\">", html, StringComparison.Ordinal);
        var select = Tag(html, "select");
        Assert.Equal("Fault", Attribute(select, "name"));
        Assert.Equal("fault", Attribute(select, "id"));
        Assert.Equal("form-select form-select-sm", Attribute(select, "class"));
    }

    private static string Tag(string html, string element) =>
        Regex.Match(html, $"<{element}\\b[^>]*>") is { Success: true } m ? m.Value : throw new Xunit.Sdk.XunitException($"No <{element}> in {html}");

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{Regex.Escape(name)}(=\"(?<value>[^\"]*)\")?(?=[\\s/>])") is { Success: true } m
            ? System.Net.WebUtility.HtmlDecode(m.Groups["value"].Value)
            : null;
}
