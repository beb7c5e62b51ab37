using System.Globalization;
using Microsoft.AspNetCore.Html;

namespace PromiseKeeper.Web.Infrastructure.Display;

/// <summary>
/// An instant as a &lt;time&gt; element, in UTC; site.js rewrites the text into the reader's own time zone.
/// A method rather than a partial view, because lists render one per row and a partial costs a view lookup each time.
/// </summary>
public static class TimeElement
{
    public static IHtmlContent Of(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        return new HtmlString(string.Create(
            CultureInfo.InvariantCulture,
            $"<time datetime=\"{utc:yyyy-MM-ddTHH:mm:ssZ}\">{utc:d MMM yyyy, HH:mm} UTC</time>"));
    }
}
