using System.Globalization;
using Microsoft.AspNetCore.Html;
using NodaTime;
using PromiseKeeper.Domain;

namespace PromiseKeeper.Web.Infrastructure.Display;

/// <summary>
/// An instant as a &lt;time&gt; element: the wall-clock time in a zone, labelled with that zone, and the UTC instant in
/// its datetime attribute; the title gives the UTC offset, which tells the two readings of a repeated hour apart.
/// A method rather than a partial view, because lists render one per row and a partial costs a view lookup each time.
/// Pages show the reader's zone through <see cref="ReaderTimes"/>.
/// </summary>
public static class TimeElement
{
    public static IHtmlContent Of(DateTimeOffset instant, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var utc = instant.UtcDateTime;
        var local = LocalTimes.InZone(instant, zone);
        return new HtmlString(string.Create(
            CultureInfo.InvariantCulture,
            $"<time datetime=\"{utc:yyyy-MM-ddTHH:mm:ssZ}\" title=\"UTC{local:zzz}\">{local:d MMM yyyy, HH:mm} {zone.Id}</time>"));
    }
}
