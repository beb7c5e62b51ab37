namespace PromiseKeeper.Domain.Incidents;

/// <summary>
/// One piece of evidence about where the promise came from: pasted text (an email, chat or notes)
/// or an uploaded document. A document's bytes are stored separately and only loaded on download.
/// </summary>
public sealed class EvidenceItem
{
    public const int TitleMaxLength = 200;
    public const int PastedTextMaxLength = 50_000;

    private EvidenceItem()
    {
        Title = string.Empty;
        AddedByName = string.Empty;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public long IncidentId { get; private set; }

    public string Title { get; private set; }

    /// <summary>Pasted text; null for a document.</summary>
    public string? PastedText { get; private set; }

    /// <summary>The stored file name of a document; null for pasted text.</summary>
    public string? FileName { get; private set; }

    public string? ContentType { get; private set; }

    public long? SizeBytes { get; private set; }

    public bool IsDocument => FileName is not null;

    public DateTimeOffset AddedAt { get; private set; }

    public string AddedByName { get; private set; }

    internal static EvidenceItem Pasted(string title, string text, Actor actor, DateTimeOffset now) =>
        new() { Title = title, PastedText = text, AddedAt = now.ToUniversalTime(), AddedByName = actor.DisplayName };

    internal static EvidenceItem Document(string title, string fileName, string contentType, long sizeBytes, Actor actor, DateTimeOffset now) =>
        new() { Title = title, FileName = fileName, ContentType = contentType, SizeBytes = sizeBytes, AddedAt = now.ToUniversalTime(), AddedByName = actor.DisplayName };
}
