using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Language;

namespace PromiseKeeper.Web.Pages.Incidents.Shared;

/// <summary>
/// A client-facing text checked for blame language, ready for the _BlameFindings partial. <see cref="Id"/> is the id
/// of the findings region: the text's field names it in aria-describedby, and blame-check.js fills it while typing.
/// </summary>
public sealed record BlameCheckView(string Id, string TextName, string Text, IReadOnlyList<BlameFinding> Findings)
{
    /// <summary>The text checked by <paramref name="check"/> (the incident's, with its people), or by the word list alone.</summary>
    public static BlameCheckView Of(string id, string textName, string? text, ClientTextCheck? check = null)
    {
        var value = text ?? string.Empty;
        return new BlameCheckView(id, textName, value, check?.Check(value) ?? BlameLanguage.Check(value));
    }

    /// <summary>Checked as a text of <paramref name="incident"/>: blame language and the phrases legal asked not to say.</summary>
    public static BlameCheckView Of(string id, string textName, string? text, Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var value = text ?? string.Empty;
        return new BlameCheckView(id, textName, value, incident.CheckClientText(value));
    }
}
