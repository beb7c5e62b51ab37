using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Pages.Incidents.Shared;

/// <summary>Legal's latest decision on one client text's wording, shown next to the text (partial <c>_LegalTextNote</c>); nothing when legal has not decided on it.</summary>
/// <param name="AboutThisWording">The decision is about the text as it stands (false: it was edited since legal saw it).</param>
public sealed record LegalTextNote(ClientTextKind Kind, LegalTextReview? Review, bool AboutThisWording)
{
    /// <param name="incident">With its legal text reviews loaded.</param>
    public static LegalTextNote For(Incident incident, ClientTextKind kind)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var review = incident.LatestTextReview(kind);
        var text = incident.ClientTexts.FirstOrDefault(t => t.Kind == kind)?.Text;
        return new LegalTextNote(kind, review, review?.Covers(text) ?? false);
    }
}
