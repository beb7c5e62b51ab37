using Microsoft.AspNetCore.Html;

namespace PromiseKeeper.Web.Pages.Incidents.List;

/// <summary>
/// The matching words of a search, as PostgreSQL's ts_headline marks them. It marks them with two Unicode noncharacters
/// (never meant to occur in text; the search strips them from what it is asked), and only here are the markers turned
/// into &lt;mark&gt;, after every piece of the text itself was HTML-encoded: user text is never written raw.
/// </summary>
public static class SearchHighlight
{
    public const char Start = '\uFDD0';
    public const char End = '\uFDD1';

    /// <summary>ts_headline's options: our markers, and at most two short fragments of a long text.</summary>
    public const string Options = "StartSel=\"\uFDD0\", StopSel=\"\uFDD1\", MaxWords=25, MinWords=8, MaxFragments=2, FragmentDelimiter=\" … \"";

    /// <summary>ts_headline's options for a one-line text shown whole (the summary).</summary>
    public const string WholeTextOptions = "StartSel=\"\uFDD0\", StopSel=\"\uFDD1\", HighlightAll=true";

    public static bool IsMarker(char c) => c is Start or End;

    /// <summary>Whether the headline marks any word (ts_headline returns the text's start when nothing matched).</summary>
    public static bool HasMatch(string? headline) => headline is not null && headline.Contains(Start, StringComparison.Ordinal);

    public static IHtmlContent Html(string? headline)
    {
        var html = new HtmlContentBuilder();
        if (headline is null)
        {
            return html;
        }

        var marked = false;
        var from = 0;
        for (var i = 0; i <= headline.Length; i++)
        {
            if (i < headline.Length && !IsMarker(headline[i]))
            {
                continue;
            }

            if (i > from)
            {
                html.Append(headline[from..i]);
            }

            if (i < headline.Length)
            {
                var opens = headline[i] == Start;
                if (opens != marked)
                {
                    html.AppendHtml(opens ? "<mark>" : "</mark>");
                    marked = opens;
                }
            }

            from = i + 1;
        }

        if (marked)
        {
            html.AppendHtml("</mark>");
        }

        return html;
    }
}
