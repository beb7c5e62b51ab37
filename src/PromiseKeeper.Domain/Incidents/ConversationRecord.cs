namespace PromiseKeeper.Domain.Incidents;

/// <summary>The conversation with the client as it happened.</summary>
public sealed class ConversationRecord
{
    internal ConversationRecord()
    {
        Notes = string.Empty;
    }

    public DateTimeOffset HeldAt { get; private set; }

    /// <summary>The account manager's own notes (internal).</summary>
    public string Notes { get; private set; }

    /// <summary>What was agreed, written to the client; null for conversations recorded before it was asked for.</summary>
    public string? Agreed { get; private set; }

    public bool ClientSharedFeelings { get; private set; }

    public Acknowledgement Acknowledgement { get; private set; }

    public OfferResponse OfferResponse { get; private set; }

    public string? ResponseNote { get; private set; }

    /// <summary>When this record was last written; compared with a later revision of the offer.</summary>
    public DateTimeOffset RecordedAt { get; private set; }

    internal void Update(ConversationOutcome outcome, DateTimeOffset now)
    {
        RecordedAt = now.ToUniversalTime();
        HeldAt = outcome.HeldAt.ToUniversalTime();
        Notes = outcome.Notes;
        Agreed = outcome.Agreed;
        ClientSharedFeelings = outcome.ClientSharedFeelings;
        Acknowledgement = outcome.Acknowledgement;
        OfferResponse = outcome.OfferResponse;
        ResponseNote = outcome.ResponseNote;
    }
}
