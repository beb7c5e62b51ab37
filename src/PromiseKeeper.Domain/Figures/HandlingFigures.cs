using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Figures;

/// <summary>
/// One incident's handling figures, computed by the same rules the incident page shows them with: severity
/// (<see cref="Incident.AssessSeverity"/>), the typical mistakes A–E (<see cref="TypicalMistakes"/>), how long the client
/// waited to hear (<see cref="Figures.TimeToTell"/>), whether we told them first, the offer against the loss
/// (<see cref="OfferToLoss"/>), and the client-facing texts sent with the blame findings in them.
/// </summary>
public sealed record HandlingFigures
{
    public required Severity Severity { get; init; }

    public required int SeverityPoints { get; init; }

    /// <summary>The letters of the typical mistakes that apply, in order ("AC"); empty when none.</summary>
    public required string Mistakes { get; init; }

    /// <inheritdoc cref="Figures.TimeToTell.Of"/>
    public required TimeSpan? TimeToTell { get; init; }

    /// <summary>We told the client before they found out another way.</summary>
    public required bool ToldFirst { get; init; }

    /// <inheritdoc cref="OfferToLoss.Ratio"/>
    public required decimal? OfferToLossRatio { get; init; }

    /// <summary>Client-facing texts marked as sent (<see cref="Incident.ClientTexts"/>): the call request or the email instead of a call, the recap.</summary>
    public required int ClientTextsSent { get; init; }

    /// <summary>Blame findings recorded in texts as they were sent (<see cref="RecordedBlameFinding.WasSent"/>).</summary>
    public required int BlameFindingsSent { get; init; }

    /// <summary>
    /// The instant after which these figures change with time alone, with nothing written: while the incident is open
    /// and the client has not heard, mistake A applies once <see cref="TypicalMistakes.TellWithin"/> has passed since
    /// discovery (and severity's handling points with it). Null when time alone changes nothing any more.
    /// </summary>
    public required DateTimeOffset? ChangesAfter { get; init; }

    public bool Has(char mistake) => Mistakes.Contains(mistake, StringComparison.Ordinal);

    /// <summary>
    /// The figures of <paramref name="incident"/> (loaded in full) at <paramref name="now"/>, for its client's <paramref name="loyalty"/>
    /// and emotional bank account (<paramref name="bankBalance"/>), as the incident page's severity card reads them.
    /// </summary>
    public static HandlingFigures Of(Incident incident, LoyaltyLevel loyalty, DateTimeOffset now, int? bankBalance = null)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var severity = incident.AssessSeverity(loyalty, now, bankBalance);
        return new HandlingFigures
        {
            Severity = severity.Level,
            SeverityPoints = severity.TotalPoints,
            // The letters do not depend on the language; English keeps the work off the current thread's culture.
            Mistakes = string.Concat(TypicalMistakes.Find(incident, now, Languages.English).Select(m => m.Letter)),
            TimeToTell = Figures.TimeToTell.Of(incident),
            ToldFirst = incident.FirstDisclosure == FirstDisclosure.WeToldTheClient,
            OfferToLossRatio = OfferToLoss.Ratio(incident.AssessOffer()),
            ClientTextsSent = incident.ClientTexts.Count(t => t.IsSent),
            BlameFindingsSent = incident.BlameFindings.Count(f => f.WasSent),
            ChangesAfter = MistakeAStartsAfter(incident, now),
        };
    }

    /// <summary>Mirrors the "not told yet" branch of mistake A: it applies once more than <see cref="TypicalMistakes.TellWithin"/> has passed.</summary>
    private static DateTimeOffset? MistakeAStartsAfter(Incident incident, DateTimeOffset now)
    {
        var stillWaiting = incident.IsOpen && incident.ClientToldAt is null
            && incident.FirstDisclosure is not (FirstDisclosure.ClientToldUs or FirstDisclosure.ClientHeardElsewhere);
        var deadline = incident.DiscoveredAt + TypicalMistakes.TellWithin;
        return stillWaiting && now <= deadline ? deadline : null;
    }
}
