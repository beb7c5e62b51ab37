using Microsoft.Extensions.Localization;
using NodaTime;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Web.Infrastructure.Auditing;

/// <summary>
/// An audit entry's details as stored: the English text with <c>{{Name}}</c> values, which is also the resource key
/// of its translations (<c>Resources/Infrastructure/Auditing/AuditText.ru.resx</c>), and the values. The log shows
/// it in the reader's language and zone; what a person typed (names, emails, reasons) stays as typed.
/// </summary>
public sealed record AuditText(string Template, TextValues Values)
{
    public static AuditText Of(string template, params TextValue[] values) => new(template, new TextValues(values));

    /// <summary>The details in English, times in UTC, as <see cref="Data.AuditEntry.Details"/> keeps them.</summary>
    public string English => StoredText.Fill(Template, Values, IncidentEvent.TextFile, Languages.English, DateTimeZone.Utc);

    /// <summary>An entry's details for the reader: translated when keyed, else as stored.</summary>
    public static string Show(string? key, TextValues? values, string details, IStringLocalizer<AuditText> localizer, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return key is null
            ? details
            : StoredText.Fill(localizer[key].Value, values ?? TextValues.None, IncidentEvent.TextFile, Languages.OfCurrentUi(), zone);
    }
}
