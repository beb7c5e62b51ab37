using PromiseKeeper.Domain.Language;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

// Legal sees the words: decisions on each client-facing text's wording, the phrases legal asked not to say,
// and the thread of notes legal and the account manager share.
public sealed partial class Incident
{
    public const int DoNotSayPhraseMaxLength = 200;

    public const int DoNotSayMaxCount = 50;

    private readonly List<LegalTextReview> _legalTextReviews = [];
    private readonly List<LegalNote> _legalNotes = [];

    public IReadOnlyList<LegalTextReview> LegalTextReviews => _legalTextReviews;

    public IReadOnlyList<LegalNote> LegalNotes => _legalNotes;

    /// <summary>Phrases legal asked not to say to this client; every later client text is checked for them.</summary>
    public IReadOnlyList<string> DoNotSay { get; private set; } = [];

    /// <summary>The client-facing texts drafted so far, in the order they reach the client.</summary>
    public IReadOnlyList<ClientText> ClientTexts
    {
        get
        {
            var texts = new List<ClientText>();
            if (Call is { Mode: ContactMode.Call } call)
            {
                Add(ClientTextKind.CallRequestEmail, call.RequestEmail, call.IsSent);
                Add(ClientTextKind.VoicemailScript, call.VoicemailScript, false);
                Add(ClientTextKind.CallPlan, call.CallPlan, false);
            }
            else if (Call is { Mode: ContactMode.EmailInstead } message)
            {
                Add(ClientTextKind.EmailInsteadOfCall, message.EmailInsteadMessage, message.IsSent);
            }

            Add(ClientTextKind.Recap, Recap?.Text, Recap?.IsSent ?? false);
            return texts;

            void Add(ClientTextKind kind, string? text, bool sent)
            {
                if (!string.IsNullOrWhiteSpace(text))
                {
                    texts.Add(new ClientText(kind, text, sent));
                }
            }
        }
    }

    /// <summary>The thread legal and the account manager share, oldest first: notes, legal's decisions on the incident and on each text's wording.</summary>
    public IReadOnlyList<LegalThreadEntry> LegalThread =>
    [
        .. _legalReviews.Select(r => new LegalThreadEntry(r.ReviewedAt, r.ReviewerName, true, r.Decision, null, r.Notes))
            .Concat(_legalTextReviews.Select(r => new LegalThreadEntry(r.ReviewedAt, r.ReviewerName, true, r.Decision, r.Text, r.Note)))
            .Concat(_legalNotes.Select(n => new LegalThreadEntry(n.WrittenAt, n.AuthorName, n.ByLegal, null, null, n.Text)))
            .OrderBy(e => e.At),
    ];

    /// <summary>In legal's queue only because a text's wording waits for legal: the offer's approval still stands.</summary>
    public bool AwaitsLegalForWordingOnly =>
        LegalReviewStatus == LegalReviewStatus.Awaiting && LatestLegalReview is { Decision: LegalDecision.Approved, LapsedAt: null };

    /// <summary>Legal's latest decision on the wording of <paramref name="kind"/>, if any.</summary>
    public LegalTextReview? LatestTextReview(ClientTextKind kind) =>
        _legalTextReviews.Where(r => r.Text == kind).MaxBy(r => r.ReviewedAt);

    /// <summary>
    /// The findings in a client text of this incident: blame language, and the phrases legal asked not to say
    /// (category <see cref="BlameCategory.LegalAskedNotToSay"/>), ordered by position.
    /// </summary>
    public IReadOnlyList<BlameFinding> CheckClientText(string? text) => ClientTextCheck().Check(text);

    /// <summary>Legal approves the wording of one client text as it stands, or asks for changes to it.</summary>
    /// <exception cref="DomainException">On a finished incident, one not linked to a contract, a text not drafted yet, or asking for changes without saying which.</exception>
    public LegalTextReview RecordLegalTextReview(ClientTextKind? kind, LegalDecision? decision, string? note, Actor reviewer, DateTimeOffset now)
    {
        RequireLegalWork("review-wording");
        var text = ClientTexts.FirstOrDefault(t => t.Kind == kind)
            ?? throw new DomainException(Messages.Of("legal.text-not-drafted"));
        var check = new RuleCheck();
        var decided = check.Defined("Decision", decision, Messages.Of("legal.wording-decision-missing"));
        var hasNote = check.OptionalText("Note", note, LegalTextReview.NoteMaxLength);
        if (decision == LegalDecision.ChangesRequired && !hasNote)
        {
            check.Add("Note", Messages.Of("legal.wording-note-missing"));
        }

        check.ThrowIfAny();

        var review = LegalTextReview.Create(text.Kind, decided, Clean(note), text.Text, reviewer, now);
        _legalTextReviews.Add(review);
        if (AwaitsLegalForWordingOnly)
        {
            // The offer's approval still stands; the incident was in the queue only for this wording.
            EndLegalWait(reviewer, now);
            LegalReviewStatus = LegalReviewStatus.Approved;
        }

        Record(reviewer, now, decided == LegalDecision.Approved ? "legal.wording-approved" : "legal.wording-changes-asked", TextValue.ClientText("Text", text.Kind));
        return review;
    }

    /// <summary>Legal adds a phrase the account manager must not say to the client; later client texts are checked for it.</summary>
    /// <exception cref="DomainException">On a finished incident, one not linked to a contract, an empty, too long or repeated phrase.</exception>
    public void AddDoNotSay(string? phrase, Actor reviewer, DateTimeOffset now)
    {
        RequireLegalWork("add-do-not-say");
        var check = new RuleCheck();
        var typed = check.Text("Phrase", phrase, DoNotSayPhraseMaxLength, Messages.Of("legal.phrase-missing"));
        check.ThrowIfAny();

        var normalized = DoNotSayPhrases.Normalize(typed);
        if (DoNotSay.Contains(normalized, StringComparer.OrdinalIgnoreCase))
        {
            throw new DomainException([new RuleViolation("Phrase", Messages.Of("legal.phrase-duplicate", ("Phrase", normalized)))]);
        }

        if (DoNotSay.Count >= DoNotSayMaxCount)
        {
            throw new DomainException([new RuleViolation("Phrase", Messages.Count("legal.phrase-limit(count)", DoNotSayMaxCount))]);
        }

        DoNotSay = [.. DoNotSay, normalized];
        Record(reviewer, now, "legal.do-not-say", TextValue.Text("Phrase", normalized));
    }

    /// <summary>Adds a note to the thread legal and the account manager share.</summary>
    /// <param name="byLegal">Written by legal (else by the account manager or a team lead).</param>
    /// <exception cref="DomainException">On a finished incident, one not linked to a contract, or an empty or too long note.</exception>
    public LegalNote AddLegalNote(string? text, bool byLegal, Actor author, DateTimeOffset now)
    {
        RequireLegalWork("add-legal-note");
        var check = new RuleCheck();
        var written = check.Text("Text", text, LegalNote.TextMaxLength, Messages.Of("legal.note-missing"));
        check.ThrowIfAny();

        var note = LegalNote.Create(written, byLegal, author, now);
        _legalNotes.Add(note);
        Record(author, now, byLegal ? "legal.note-by-legal" : "legal.note-for-legal");
        return note;
    }

    /// <summary>Whether <paramref name="kind"/> may go to the client as <paramref name="text"/>: no contract, or legal approved exactly this wording.</summary>
    private bool LegalAllowsWording(ClientTextKind kind, string text) =>
        !IsContractLinked || LatestTextReview(kind) is { Decision: LegalDecision.Approved } review && review.Covers(text);

    /// <summary>Puts the incident in legal's queue for the wording of <paramref name="kind"/> (unless it already waits there).</summary>
    private void SendWordingToLegal(ClientTextKind kind, Actor actor, DateTimeOffset now)
    {
        if (LegalReviewStatus != LegalReviewStatus.Awaiting)
        {
            EnterLegalQueue(now);
        }

        Record(actor, now, "legal.wording-held", TextValue.ClientText("Text", kind));
    }

    private void RequireLegalWork(string action)
    {
        RequireOpen(action);
        if (!IsContractLinked)
        {
            throw new DomainException(Messages.Of("legal.not-contract-linked"));
        }
    }
}
