using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace PromiseKeeper.Web.Pages.Dashboard;

/// <summary>One bar: its label, its length and the number it shows.</summary>
public sealed record Bar(string Label, double Value, string Text);

/// <summary>
/// A horizontal bar chart drawn as inline SVG on the server (<see cref="ToSvg"/>): no script, prints as it shows. Its
/// <see cref="Description"/> states every number, for screen readers; the page puts the same numbers in a table beside it.
/// </summary>
public sealed record BarChart(string Title, IReadOnlyList<Bar> Bars)
{
    public const int Width = 320;
    public const int RowHeight = 26;
    public const int LabelWidth = 130;
    public const int TextWidth = 52;

    public int Height => Math.Max(1, Bars.Count) * RowHeight;

    public string Description => Title + ": " + string.Join("; ", Bars.Select(b => $"{b.Label} {b.Text}"));

    public static string Px(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>The chart as an img-role SVG whose label and title state every number (labels cut to fit; the table has them whole).</summary>
    public IHtmlContent ToSvg()
    {
        var e = HtmlEncoder.Default;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"dashboard-chart\" role=\"img\" aria-label=\"{e.Encode(Description)}\" viewBox=\"0 0 {Width} {Height}\" ")
            .Append("width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\">")
            .Append(CultureInfo.InvariantCulture, $"<title>{e.Encode(Description)}</title>");
        var max = Bars.Count == 0 ? 0 : Bars.Max(b => b.Value);
        for (var i = 0; i < Bars.Count; i++)
        {
            var bar = Bars[i];
            var y = i * RowHeight;
            var length = max <= 0 ? 0 : bar.Value / max * (Width - LabelWidth - TextWidth);
            var label = bar.Label.Length > 22 ? bar.Label[..21] + "…" : bar.Label;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 17}\" font-size=\"11\" fill=\"#212529\">{e.Encode(label)}</text>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 5}\" width=\"{Px(length)}\" height=\"16\" fill=\"#0a58ca\"></rect>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{Px(LabelWidth + length + 4)}\" y=\"{y + 17}\" font-size=\"11\" fill=\"#212529\">{e.Encode(bar.Text)}</text>");
        }

        return new HtmlString(svg.Append("</svg>").ToString());
    }
}
