using System.Globalization;
using Microsoft.AspNetCore.Html;
using NodaTime;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Web.Infrastructure.Display;

/// <summary>
/// An instant as a &lt;time&gt; element: the wall-clock time in a zone, labelled with that zone, and the UTC instant in
/// its datetime attribute; the title gives the UTC offset, which tells the two readings of a repeated hour apart.
/// The date reads in the page's language ("6 Dec 2026, 14:00", "6 дек. 2026, 14:00", "6. dec. 2026, 14:00").
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
            $"<time datetime=\"{utc:yyyy-MM-ddTHH:mm:ssZ}\" title=\"UTC{local:zzz}\">{System.Net.WebUtility.HtmlEncode(Text(instant, zone))}</time>"));
    }

    /// <summary>The same reading as plain text, labelled with the zone (for emails).</summary>
    public static string Text(DateTimeOffset instant, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var culture = CultureInfo.CurrentCulture;
        return LocalTimes.InZone(instant, zone).ToString(ReadingPattern(culture), culture) + " " + zone.Id;
    }

    // Slovenian writes the day as an ordinal ("6. dec."); English and Russian do not.
    private static string ReadingPattern(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == Languages.Slovenian ? "d. MMM yyyy, HH:mm" : "d MMM yyyy, HH:mm";
}
