using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace PromiseKeeper.Web.Tests.Forms;

/// <summary>The incident list's filter selects, written without the framework's tag helpers: markup, encoding, the selected option.</summary>
public sealed class FilterSelectTests
{
    private static readonly SelectListItem[] Stages = [new("Investigate the origin", "InvestigateOrigin"), new("Closed", "Closed")];

    [Fact]
    public void Writes_the_label_then_the_select_with_the_empty_option_first()
    {
        var html = Render(new FilterSelect("Stage", "stage", "Stage", Stages, selected: null, emptyOption: "Any stage"));

        Assert.Equal(
            "<label class=\"form-label small mb-1\" for=\"stage\">Stage</label>" + Environment.NewLine
            + "<select name=\"Stage\" id=\"stage\" class=\"form-select form-select-sm\"><option value=\"\">Any stage</option>"
            + "<option value=\"InvestigateOrigin\">Investigate the origin</option>" + Environment.NewLine
            + "<option value=\"Closed\">Closed</option>" + Environment.NewLine
            + "</select>" + Environment.NewLine,
            html);
    }

    [Theory]
    [InlineData("Closed")]
    [InlineData("closed")]
    public void Selects_the_option_of_the_current_value_whatever_its_case(string current)
    {
        var html = Render(new FilterSelect("Stage", "stage", "Stage", Stages, current, "Any stage"));

        Assert.Contains("<option selected=\"selected\" value=\"Closed\">Closed</option>", html, StringComparison.Ordinal);
        Assert.Single(html.Split("selected=").Skip(1));
    }

    [Fact]
    public void Selects_nothing_for_a_value_no_option_has()
    {
        var html = Render(new FilterSelect("Stage", "stage", "Stage", Stages, "Bogus", "Any stage"));

        Assert.DoesNotContain("selected", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Encodes_the_label_the_option_texts_and_the_values()
    {
        SelectListItem[] clients = [new("Smith & <Sons>", "1\"><script>")];

        var html = Render(new FilterSelect("ClientId", "client", "Client \"A\"", clients, "1\"><script>"));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<Sons>", html, StringComparison.Ordinal);
        Assert.Contains("Smith &amp; &lt;Sons&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Client &quot;A&quot;", html, StringComparison.Ordinal);
        Assert.Contains("<option selected=\"selected\" value=\"1&quot;&gt;&lt;script&gt;\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Marks_a_disabled_option()
    {
        SelectListItem[] items = [new("Gone", "9") { Disabled = true }];

        var html = Render(new FilterSelect("OwnerId", "owner", "Owner", items, null));

        Assert.Contains("<option disabled=\"disabled\" value=\"9\">Gone</option>", html, StringComparison.Ordinal);
    }

    private static string Render(FilterSelect select)
    {
        using var writer = new StringWriter();
        select.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}
