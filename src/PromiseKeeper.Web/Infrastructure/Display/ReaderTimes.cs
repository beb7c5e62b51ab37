using Microsoft.AspNetCore.Html;
using NodaTime;

namespace PromiseKeeper.Web.Infrastructure.Display;

/// <summary>Times as the reader of the page sees them: in their own zone (from the login cookie), labelled with it.</summary>
public sealed class ReaderTimes(IHttpContextAccessor accessor)
{
    private DateTimeZone? _zone;

    /// <summary>The reader's zone; UTC on pages nobody is signed in to.</summary>
    public DateTimeZone Zone => _zone ??= UserTimeZone.ZoneOf(accessor.HttpContext?.User);

    public string ZoneId => Zone.Id;

    public IHtmlContent Of(DateTimeOffset instant) => TimeElement.Of(instant, Zone);
}
