using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Language;

namespace PromiseKeeper.Web.Pages.Incidents.Shared;

/// <summary>A client-facing text checked for blame language, ready for the _BlameFindings partial.</summary>
public sealed record BlameCheckView(string Id, string TextName, string Text, IReadOnlyList<BlameFinding> Findings)
{
    public static BlameCheckView Of(string id, string textName, string? text)
    {
        var value = text ?? string.Empty;
        return new BlameCheckView(id, textName, value, BlameLanguage.Check(value));
    }

    /// <summary>Checked as a text of <paramref name="incident"/>: blame language and the phrases legal asked not to say.</summary>
    public static BlameCheckView Of(string id, string textName, string? text, Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var value = text ?? string.Empty;
        return new BlameCheckView(id, textName, value, incident.CheckClientText(value));
    }
}
