using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Domain.Clocks;

/// <summary>What <see cref="IncidentClocks"/> needs to know of an incident: when each step started and was done, and its pauses.</summary>
/// <param name="LegalReviewRequestedAt">When the incident last entered legal's queue; null when it never did (or left review).</param>
/// <param name="LegalReviewDecidedAt">When legal decided after that request; null while the incident waits for legal.</param>
/// <param name="FinishedAt">When the incident was closed or marked not applicable: its stage clocks stop there.</param>
/// <param name="Pauses">Every pause of the incident, waiting on legal or on the client.</param>
public sealed record IncidentClockFacts(
    DateTimeOffset DiscoveredAt,
    DateTimeOffset? ClientToldAt,
    DateTimeOffset? ConversationHeldAt,
    DateTimeOffset? RecapSentAt,
    DateTimeOffset? RetroSubmittedAt,
    DateTimeOffset? LegalReviewRequestedAt,
    DateTimeOffset? LegalReviewDecidedAt,
    DateTimeOffset? FinishedAt,
    IReadOnlyList<ClockDueItem> OpenCheckIns,
    IReadOnlyList<ClockDueItem> OpenMeasures,
    IReadOnlyList<ClockPause> Pauses)
{
    /// <summary>The facts of a loaded incident with its own waits (<see cref="Incident.ClockPauses"/>: its pauses loaded, the wait on legal under way included).</summary>
    public static IncidentClockFacts From(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return From(incident, incident.ClockPauses());
    }

    /// <summary>The facts of a loaded incident, with the given pauses.</summary>
    public static IncidentClockFacts From(Incident incident, IEnumerable<ClockPause> pauses)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(pauses);
        var heldAt = incident.Conversation?.HeldAt;
        var recapSentAt = incident.Recap?.SentAt;
        // Check-ins are planned after the conversation, measures in the retro after the recap: their clocks count from there.
        var checkInsSince = heldAt ?? incident.DiscoveredAt;
        var measuresSince = recapSentAt ?? checkInsSince;
        return new IncidentClockFacts(
            incident.DiscoveredAt,
            incident.ClientToldAt,
            heldAt,
            recapSentAt,
            incident.Retro?.SubmittedAt,
            incident.LegalReviewRequestedAt,
            LegalDecidedAt(incident),
            incident.FinishedAt,
            [.. incident.CheckIns.Where(c => c.IsOpen).Select(c => new ClockDueItem(c.Id, c.Topic, c.PlannedOn, checkInsSince))],
            [.. incident.PreventionMeasures.Where(m => m.Status != MeasureStatus.Done)
                .Select(m => new ClockDueItem(m.Id, m.Description, m.DueOn, measuresSince))],
            [.. pauses]);
    }

    /// <summary>
    /// The first decision since the latest request that took the incident out of legal's queue: a review of the incident,
    /// or (when only a text's wording waited) a review of that wording.
    /// </summary>
    private static DateTimeOffset? LegalDecidedAt(Incident incident)
    {
        if (incident.LegalReviewRequestedAt is not { } requested || incident.LegalReviewStatus == LegalReviewStatus.Awaiting)
        {
            return null;
        }

        return incident.LegalReviews.Where(r => r.ReviewedAt >= requested).Select(r => (DateTimeOffset?)r.ReviewedAt).Min()
            ?? incident.LegalTextReviews.Where(r => r.ReviewedAt >= requested).Select(r => (DateTimeOffset?)r.ReviewedAt).Min();
    }
}
