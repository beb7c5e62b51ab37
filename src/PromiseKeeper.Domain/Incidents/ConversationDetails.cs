namespace PromiseKeeper.Domain.Incidents;

/// <summary>What happened in the conversation with the client (stage 4).</summary>
public sealed record ConversationDetails
{
    public const int NotesMaxLength = 10_000;
    public const int ResponseNoteMaxLength = 2000;

    public DateTimeOffset? HeldAt { get; init; }

    public string? Notes { get; init; }

    /// <summary>Whether the client had room to say how they feel about it.</summary>
    public bool? ClientSharedFeelings { get; init; }

    public Acknowledgement? Acknowledgement { get; init; }

    public decimal? ClientDamageAmount { get; init; }

    public string? ClientDamageCurrency { get; init; }

    public OfferResponse? OfferResponse { get; init; }

    /// <summary>What the client countered with, or why they rejected the offer.</summary>
    public string? ResponseNote { get; init; }

    internal Money? CheckAndRead(RuleCheck check, DateTimeOffset now, DateTimeOffset discoveredAt)
    {
        if (HeldAt is null)
        {
            check.Add(nameof(HeldAt), "Enter when the conversation took place.");
        }
        else if (HeldAt > now.AddMinutes(5))
        {
            check.Add(nameof(HeldAt), "Record the conversation after it has taken place; the time is in the future.");
        }
        else if (HeldAt < discoveredAt)
        {
            check.Add(nameof(HeldAt), "The conversation cannot have happened before we discovered the problem.");
        }

        check.RequireText(nameof(Notes), Notes, NotesMaxLength, "Write down what was said, especially how the client sees it.");
        if (ClientSharedFeelings is null)
        {
            check.Add(nameof(ClientSharedFeelings), "Say whether the client could tell us how they feel about it.");
        }

        check.RequireDefined(nameof(Acknowledgement), Acknowledgement, "Say whether we apologised, expressed regret, or clarified the facts.");
        var damage = check.Money(nameof(ClientDamageAmount), ClientDamageAmount, nameof(ClientDamageCurrency), ClientDamageCurrency);
        check.RequireDefined(nameof(OfferResponse), OfferResponse, "Record how the client responded to the offer.");
        var hasNote = check.OptionalText(nameof(ResponseNote), ResponseNote, ResponseNoteMaxLength);
        if (OfferResponse is Incidents.OfferResponse.Countered or Incidents.OfferResponse.Rejected && !hasNote)
        {
            check.Add(nameof(ResponseNote), "Write down what the client asked for instead, or why they said no.");
        }

        return damage;
    }
}
