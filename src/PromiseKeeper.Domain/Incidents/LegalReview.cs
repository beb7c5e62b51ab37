namespace PromiseKeeper.Domain.Incidents;

/// <summary>
/// One review by legal: the decision, what may and may not be said or offered, and the offer as it
/// stood, so a later change to the offer can be seen against what was approved.
/// </summary>
public sealed class LegalReview
{
    public const int NotesMaxLength = 4000;

    private LegalReview()
    {
        ReviewerId = string.Empty;
        ReviewerName = string.Empty;
        OfferReviewed = string.Empty;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public long IncidentId { get; private set; }

    public LegalDecision Decision { get; private set; }

    public string? Notes { get; private set; }

    /// <summary>The offer as legal saw it, one option per line ("" when there was none).</summary>
    public string OfferReviewed { get; private set; }

    public string ReviewerId { get; private set; }

    public string ReviewerName { get; private set; }

    public DateTimeOffset ReviewedAt { get; private set; }

    /// <summary>When an approval stopped counting because the offer or the contract reference changed.</summary>
    public DateTimeOffset? LapsedAt { get; private set; }

    /// <summary>The offer legal saw, one option each, to show in the reader's language; empty when nothing was offered.</summary>
    public IReadOnlyList<ReviewedOption> OfferLines() =>
        OfferReviewed.Length == 0 ? [] : [.. OfferReviewed.Split('\n').Select(ReviewedOption.Parse)];

    internal static LegalReview Create(LegalDecision decision, string? notes, string offerReviewed, Actor reviewer, DateTimeOffset now) => new()
    {
        Decision = decision,
        Notes = notes,
        OfferReviewed = offerReviewed,
        ReviewerId = reviewer.UserId,
        ReviewerName = reviewer.DisplayName,
        ReviewedAt = now.ToUniversalTime(),
    };

    internal void Lapse(DateTimeOffset now) => LapsedAt ??= now.ToUniversalTime();
}
