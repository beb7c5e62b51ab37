using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Pages.Incidents.Shared;

/// <summary>
/// Where a contract-linked incident stands with legal, as the incident's pages show it (partial
/// <c>_LegalReviewStatus</c>): the status, legal's latest notes, and what the user may do about it.
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

    /// <summary>The incident is back in the queue because an approval stopped counting when the offer or the contract reference changed.</summary>
    public bool ApprovalLapsed => Status == LegalReviewStatus.Awaiting && Latest is { Decision: LegalDecision.Approved, LapsedAt: not null };

    /// <summary>The incident is back in the queue after the changes legal asked for.</summary>
    public bool AskedAgain => Status == LegalReviewStatus.Awaiting && Latest is { Decision: LegalDecision.ChangesRequired };

    /// <param name="incident">With its legal reviews loaded.</param>
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
        };
    }
}
