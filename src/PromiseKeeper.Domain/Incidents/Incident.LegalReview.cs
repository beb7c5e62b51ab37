using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

// Legal review of contract-linked incidents: nothing is said or offered to the client in the
// conversation until legal has approved the offer as it stands.
public sealed partial class Incident
{
    private readonly List<LegalReview> _legalReviews = [];

    public LegalReviewStatus LegalReviewStatus { get; private set; }

    /// <summary>When the incident last entered legal's queue; the queue serves the longest-waiting first.</summary>
    public DateTimeOffset? LegalReviewRequestedAt { get; private set; }

    public IReadOnlyList<LegalReview> LegalReviews => _legalReviews;

    public LegalReview? LatestLegalReview => _legalReviews.MaxBy(r => r.ReviewedAt);

    /// <summary>The conversation cannot be recorded yet: the incident is contract-linked and legal has not approved it as it stands.</summary>
    public bool AwaitsLegalApproval => IsContractLinked && LegalReviewStatus != LegalReviewStatus.Approved;

    /// <summary>Records legal's decision. Approval covers the current offer; changing the offer later lapses it.</summary>
    /// <exception cref="DomainException">On a finished incident, one not linked to a contract, approving without an offer, or asking for changes without saying which.</exception>
    public LegalReview RecordLegalReview(LegalDecision? decision, string? notes, Actor reviewer, DateTimeOffset now)
    {
        RequireOpen("record-legal-review");
        if (!IsContractLinked)
        {
            throw new DomainException(Messages.Of("legal.not-contract-linked"));
        }

        var check = new RuleCheck();
        var decided = check.Defined("Decision", decision, Messages.Of("legal.decision-missing"));
        var hasNotes = check.OptionalText("Notes", notes, LegalReview.NotesMaxLength);
        if (decision == LegalDecision.ChangesRequired && !hasNotes)
        {
            check.Add("Notes", Messages.Of("legal.notes-missing"));
        }

        if (decision == LegalDecision.Approved && !Offer.Any())
        {
            check.Add("Decision", Messages.Of("legal.nothing-to-approve"));
        }

        check.ThrowIfAny();

        var review = LegalReview.Create(decided, Clean(notes), DescribeOffer(), reviewer, now);
        _legalReviews.Add(review);
        EndLegalWait(reviewer, now);
        LegalReviewStatus = decision == LegalDecision.Approved ? LegalReviewStatus.Approved : LegalReviewStatus.ChangesRequired;
        Record(reviewer, now, decision == LegalDecision.Approved ? "legal.approved" : "legal.changes-asked");
        return review;
    }

    /// <summary>Puts the incident back into legal's queue after making the changes legal asked for.</summary>
    /// <exception cref="DomainException">When legal has not asked for changes.</exception>
    public void AskLegalAgain(Actor actor, DateTimeOffset now)
    {
        RequireOpen("ask-legal-review");
        switch (LegalReviewStatus)
        {
            case LegalReviewStatus.NotNeeded:
                throw new DomainException(Messages.Of("legal.not-contract-linked"));
            case LegalReviewStatus.Awaiting:
                throw new DomainException(Messages.Of("legal.already-waiting"));
            case LegalReviewStatus.Approved:
                throw new DomainException(Messages.Of("legal.already-approved"));
        }

        EnterLegalQueue(now);
        Record(actor, now, "legal.asked-again");
    }

    /// <summary>The offer as legal sees and approves it, one <see cref="ReviewedOption"/> line per option (structured, not worded).</summary>
    public string DescribeOffer() => string.Join("\n", Offer.Select(ReviewedOption.Line));

    private void EnterLegalQueue(DateTimeOffset now)
    {
        LegalReviewStatus = LegalReviewStatus.Awaiting;
        LegalReviewRequestedAt = now.ToUniversalTime();
    }

    private void LeaveLegalReview(Actor actor, DateTimeOffset now)
    {
        EndLegalWait(actor, now);
        LatestLegalReview?.Lapse(now);
        LegalReviewStatus = LegalReviewStatus.NotNeeded;
        LegalReviewRequestedAt = null;
    }

    /// <summary>An approval covers what legal saw; when <paramref name="what"/> ("offer", "contract") changes, legal is asked again.</summary>
    private void LapseLegalApproval(string what, Actor actor, DateTimeOffset now)
    {
        if (LegalReviewStatus != LegalReviewStatus.Approved)
        {
            return;
        }

        LatestLegalReview?.Lapse(now);
        EnterLegalQueue(now);
        Record(actor, now, $"legal.lapsed.{what}");
    }
}
