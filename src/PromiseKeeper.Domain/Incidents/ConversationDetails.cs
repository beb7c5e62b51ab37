using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

/// <summary>What happened in the conversation with the client (stage 4).</summary>
public sealed record ConversationDetails
{
    public const int NotesMaxLength = 10_000;
    public const int ResponseNoteMaxLength = 2000;
    public const int AgreedMaxLength = 4000;

    public DateTimeOffset? HeldAt { get; init; }

    public string? Notes { get; init; }

    /// <summary>What was agreed, written to the client in the second person; the recap is drafted from it (the notes stay internal).</summary>
    public string? Agreed { get; init; }

    /// <summary>Whether the client had room to say how they feel about it.</summary>
    public bool? ClientSharedFeelings { get; init; }

    public Acknowledgement? Acknowledgement { get; init; }

    public decimal? ClientDamageAmount { get; init; }

    public string? ClientDamageCurrency { get; init; }

    public OfferResponse? OfferResponse { get; init; }

    /// <summary>What the client countered with, or why they rejected the offer.</summary>
    public string? ResponseNote { get; init; }

    /// <summary>
    /// Checks every field rule, with the incident's facts the rules compare with: when the problem was discovered,
    /// and the currency of our own loss estimate (the client's figure must be comparable).
    /// </summary>
    public Checked<ConversationOutcome> Parse(DateTimeOffset now, DateTimeOffset discoveredAt, string? ourLossCurrency)
    {
        var check = new RuleCheck();
        var heldAt = check.Present(nameof(HeldAt), HeldAt, Messages.Of("conversation.held-at-missing"));
        if (HeldAt > now.AddMinutes(5))
        {
            check.Add(nameof(HeldAt), Messages.Of("conversation.in-future"));
        }
        else if (HeldAt < discoveredAt)
        {
            check.Add(nameof(HeldAt), Messages.Of("conversation.before-discovery"));
        }

        var notes = check.Text(nameof(Notes), Notes, NotesMaxLength, Messages.Of("conversation.notes-missing"));
        var agreed = check.Text(nameof(Agreed), Agreed, AgreedMaxLength,
            Messages.Of("conversation.agreed-missing"));
        var sharedFeelings = check.Present(nameof(ClientSharedFeelings), ClientSharedFeelings, Messages.Of("conversation.feelings-missing"));
        var acknowledgement = check.Defined(nameof(Acknowledgement), Acknowledgement, Messages.Of("conversation.acknowledgement-missing"));
        var damage = check.Money(nameof(ClientDamageAmount), ClientDamageAmount, nameof(ClientDamageCurrency), ClientDamageCurrency);
        var response = check.Defined(nameof(OfferResponse), OfferResponse, Messages.Of("conversation.response-missing"));
        var responseNote = check.OptionalTextValue(nameof(ResponseNote), ResponseNote, ResponseNoteMaxLength);
        if (OfferResponse is Incidents.OfferResponse.Countered or Incidents.OfferResponse.Rejected && string.IsNullOrWhiteSpace(ResponseNote))
        {
            check.Add(nameof(ResponseNote), Messages.Of("conversation.response-note-missing"));
        }

        if (damage is not null && ourLossCurrency is not null && damage.Currency != ourLossCurrency)
        {
            check.Add(nameof(ClientDamageCurrency), Messages.Of("conversation.damage-currency", ("Currency", ourLossCurrency)));
        }

        return Checked<ConversationOutcome>.From(check, () => new ConversationOutcome(heldAt, notes, sharedFeelings, acknowledgement, damage, response, responseNote) { Agreed = agreed });
    }
}

/// <summary>What happened in the conversation, checked: only <see cref="ConversationDetails.Parse"/> makes one.</summary>
public sealed record ConversationOutcome
{
    internal ConversationOutcome(
        DateTimeOffset heldAt, string notes, bool clientSharedFeelings, Acknowledgement acknowledgement, Money? clientDamage, OfferResponse offerResponse, string? responseNote) =>
        (HeldAt, Notes, ClientSharedFeelings, Acknowledgement, ClientDamage, OfferResponse, ResponseNote) =
        (heldAt, notes, clientSharedFeelings, acknowledgement, clientDamage, offerResponse, responseNote);

    public DateTimeOffset HeldAt { get; }

    public string Notes { get; }

    public required string Agreed { get; init; }

    public bool ClientSharedFeelings { get; }

    public Acknowledgement Acknowledgement { get; }

    public Money? ClientDamage { get; }

    public OfferResponse OfferResponse { get; }

    public string? ResponseNote { get; }
}
