namespace PromiseKeeper.Domain.Incidents;

/// <summary>
/// Legal's decision on the wording of one client-facing text, with the text exactly as legal saw it, so a
/// later edit can be told apart from the wording legal approved or asked to change.
/// </summary>
public sealed class LegalTextReview
{
    public const int NoteMaxLength = 4000;

    private LegalTextReview()
    {
        TextReviewed = string.Empty;
        ReviewerId = string.Empty;
        ReviewerName = string.Empty;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public long IncidentId { get; private set; }

    public ClientTextKind Text { get; private set; }

    public LegalDecision Decision { get; private set; }

    /// <summary>What legal wants changed, or any remark on an approved wording.</summary>
    public string? Note { get; private set; }

    /// <summary>The text as legal saw it when deciding.</summary>
    public string TextReviewed { get; private set; }

    public string ReviewerId { get; private set; }

    public string ReviewerName { get; private set; }

    public DateTimeOffset ReviewedAt { get; private set; }

    /// <summary>Whether <paramref name="text"/> is the wording legal saw (line endings and surrounding whitespace aside).</summary>
    public bool Covers(string? text) => string.Equals(Wording(TextReviewed), Wording(text), StringComparison.Ordinal);

    internal static LegalTextReview Create(ClientTextKind text, LegalDecision decision, string? note, string textReviewed, Actor reviewer, DateTimeOffset now) => new()
    {
        Text = text,
        Decision = decision,
        Note = note,
        TextReviewed = textReviewed,
        ReviewerId = reviewer.UserId,
        ReviewerName = reviewer.DisplayName,
        ReviewedAt = now.ToUniversalTime(),
    };

    // A form posts CRLF line breaks; the wording is the same either way.
    private static string Wording(string? text) => (text ?? string.Empty).ReplaceLineEndings("\n").Trim();
}
