using PromiseKeeper.Domain.Language;

namespace PromiseKeeper.Domain.Incidents;

/// <summary>
/// Blame language found in a client-facing text when it was saved. It stays on the record even if
/// the text is edited later, so the retro can see what reached (or nearly reached) the client.
/// </summary>
public sealed class RecordedBlameFinding
{
    public const int PhraseMaxLength = 300;

    private RecordedBlameFinding()
    {
        Phrase = string.Empty;
    }

    public long Id { get; private set; }

    public long IncidentId { get; private set; }

    public ClientTextKind Text { get; private set; }

    public BlameCategory Category { get; private set; }

    public string Phrase { get; private set; }

    /// <summary>Whether the text had been sent to the client (or used with them) when the finding was recorded.</summary>
    public bool WasSent { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    internal static RecordedBlameFinding From(ClientTextKind text, BlameFinding finding, bool wasSent, DateTimeOffset now) =>
        new()
        {
            Text = text,
            Category = finding.Category,
            Phrase = finding.Phrase.Length > PhraseMaxLength ? finding.Phrase[..PhraseMaxLength] : finding.Phrase,
            WasSent = wasSent,
            RecordedAt = now.ToUniversalTime(),
        };
}
