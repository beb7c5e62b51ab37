using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Pages.Incidents.Shared;

/// <summary>
/// Where a contract-linked incident stands with legal, as the incident's pages show it (partial
/// <c>_LegalReviewStatus</c>): the status, the thread of notes and decisions, legal's word on each text, and what the user may do about it.
/// </summary>
public sealed record LegalReviewSummary
{
    public required long IncidentId { get; init; }

    public required uint Version { get; init; }

    /// <summary>False for an incident without a contract: the partial then shows nothing.</summary>
    public required bool IsContractLinked { get; init; }

    public required bool IsOpen { get; init; }

    public required LegalReviewStatus Status { get; init; }

    /// <summary>When the incident last entered legal's queue.</summary>
    public required DateTimeOffset? RequestedAt { get; init; }

    public required LegalReview? Latest { get; init; }

    /// <summary>The account manager (or a team lead) may put the incident back into legal's queue after making the changes legal asked for.</summary>
    public required bool MayAskAgain { get; init; }

    /// <summary>Offer legal a link to the review page.</summary>
    public required bool ShowReviewLink { get; init; }

    /// <summary>Every note and decision legal and the account manager exchanged, oldest first.</summary>
    public required IReadOnlyList<LegalThreadEntry> Thread { get; init; }

    /// <summary>Legal's latest decision on each client text's wording, for the texts legal decided on.</summary>
    public required IReadOnlyList<LegalTextNote> Wording { get; init; }

    /// <summary>The phrases legal asked not to say; client texts are checked for them.</summary>
    public required IReadOnlyList<string> DoNotSay { get; init; }

    /// <summary>The page whose handler adds the user's note to the thread (legal's review page or the incident page); null when the user may not write one.</summary>
    public required string? NotePage { get; init; }

    /// <summary>In legal's queue only for a text's wording (the recap before it is sent); the offer's approval stands.</summary>
    public required bool WaitsForWording { get; init; }

    /// <summary>The incident is back in the queue because an approval stopped counting when the offer or the contract reference changed.</summary>
    public bool ApprovalLapsed => Status == LegalReviewStatus.Awaiting && Latest is { Decision: LegalDecision.Approved, LapsedAt: not null };

    /// <summary>The incident is back in the queue after the changes legal asked for.</summary>
    public bool AskedAgain => Status == LegalReviewStatus.Awaiting && Latest is { Decision: LegalDecision.ChangesRequired };

    /// <param name="incident">With its legal reviews, text reviews and notes loaded.</param>
    public static LegalReviewSummary For(Incident incident, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(user);
        return new LegalReviewSummary
        {
            IncidentId = incident.Id,
            Version = incident.Version,
            IsContractLinked = incident.IsContractLinked,
            IsOpen = incident.IsOpen,
            Status = incident.LegalReviewStatus,
            RequestedAt = incident.LegalReviewRequestedAt,
            Latest = incident.LatestLegalReview,
            MayAskAgain = incident.IsOpen && incident.LegalReviewStatus == LegalReviewStatus.ChangesRequired && user.MayChange(incident),
            ShowReviewLink = incident.IsOpen && user.MayReviewLegally(incident),
            WaitsForWording = incident.AwaitsLegalForWordingOnly,
            Thread = incident.LegalThread,
            Wording = [.. incident.ClientTexts.Select(t => LegalTextNote.For(incident, t.Kind)).Where(n => n.Review is not null)],
            DoNotSay = incident.DoNotSay,
            NotePage = !incident.IsOpen ? null
                : user.MayReviewLegally(incident) ? "/Incidents/LegalReview"
                : user.MayChange(incident) ? "/Incidents/Details"
                : null,
        };
    }
}
