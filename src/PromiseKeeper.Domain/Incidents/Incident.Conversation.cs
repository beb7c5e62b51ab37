namespace PromiseKeeper.Domain.Incidents;

// Stage 4: the conversation with the client.
public sealed partial class Incident
{
    public ConversationRecord? Conversation { get; private set; }

    /// <summary>When the conversation last sent the incident back to revise the offer.</summary>
    public DateTimeOffset? OfferRevisedAt { get; private set; }

    /// <summary>A conversation is on record and it is about the current offer (not one revised since).</summary>
    public bool HasConversationAboutCurrentOffer =>
        Conversation is not null && (OfferRevisedAt is not { } revised || Conversation.RecordedAt >= revised);

    /// <summary>The incident went back to research alternatives to revise the offer.</summary>
    internal void NoteOfferRevised(DateTimeOffset now) => OfferRevisedAt = now.ToUniversalTime();

    /// <summary>What fits this incident's fault: an apology, regret, or clarifying once.</summary>
    public AcknowledgementAdvice AcknowledgementAdvice => AcknowledgementGuidance.For(FaultForScript);

    /// <summary>
    /// The fault the script and the drafts follow: while nobody knows it yet (only possible in the first stage), the
    /// cautious "disputed or unclear" one, which admits nothing.
    /// </summary>
    public Fault FaultForScript => Fault ?? Incidents.Fault.Disputed;

    /// <summary>Records (or corrects) the conversation. The client's own estimate of the damage replaces the claim on record.</summary>
    /// <exception cref="DomainException">Outside the conversation stage, or when a field rule is broken.</exception>
    public void RecordConversation(ConversationDetails details, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        RequireStage("record-conversation", PlaybookStage.Conversation);
        if (AwaitsLegalApproval)
        {
            throw new DomainException(Blocker("legal-approval"));
        }

        var outcome = details.Parse(now, DiscoveredAt, OurLossEstimate?.Currency).OrThrow();
        var clientDamage = outcome.ClientDamage;
        Conversation ??= new ConversationRecord();
        Conversation.Update(outcome, now);
        NoteClientTold(Conversation.HeldAt);
        if (clientDamage is not null && clientDamage != ClientClaimedLoss)
        {
            ClientClaimedLoss = clientDamage;
            Record(actor, now, "conversation.client-damage", TextValue.Money("Damage", clientDamage));
        }

        Record(actor, now, Conversation.OfferResponse switch
        {
            OfferResponse.Accepted => "conversation.accepted",
            OfferResponse.Countered => "conversation.countered",
            _ => "conversation.rejected",
        });
    }
}
