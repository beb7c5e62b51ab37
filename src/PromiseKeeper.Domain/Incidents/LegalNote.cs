namespace PromiseKeeper.Domain.Incidents;

/// <summary>One note in the thread the account manager and legal share on a contract-linked incident. Never changed once written.</summary>
public sealed class LegalNote
{
    public const int TextMaxLength = 4000;

    private LegalNote()
    {
        AuthorId = string.Empty;
        AuthorName = string.Empty;
        Text = string.Empty;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public long IncidentId { get; private set; }

    public string AuthorId { get; private set; }

    public string AuthorName { get; private set; }

    /// <summary>Written by legal (else by the account manager or a team lead).</summary>
    public bool ByLegal { get; private set; }

    public DateTimeOffset WrittenAt { get; private set; }

    public string Text { get; private set; }

    internal static LegalNote Create(string text, bool byLegal, Actor author, DateTimeOffset now) => new()
    {
        Text = text,
        ByLegal = byLegal,
        AuthorId = author.UserId,
        AuthorName = author.DisplayName,
        WrittenAt = now.ToUniversalTime(),
    };
}
