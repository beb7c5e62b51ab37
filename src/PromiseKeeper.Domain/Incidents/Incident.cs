namespace PromiseKeeper.Domain.Incidents;

/// <summary>
/// A broken promise to a client and how we are putting it right. The aggregate root: every change
/// goes through a method here, which checks the rules and appends a timeline event.
/// </summary>
public sealed class Incident
{
    private readonly List<IncidentEvent> _timeline = [];

    // For EF Core materialization.
    private Incident()
    {
        OwnerId = string.Empty;
        Summary = string.Empty;
        ContactName = string.Empty;
        PromiseDescription = string.Empty;
        PromisedBy = string.Empty;
        ClientGoals = string.Empty;
    }

    public long Id { get; private set; }

    /// <summary>The account manager who logged the incident and drives it.</summary>
    public string OwnerId { get; private set; }

    public int ClientId { get; private set; }

    public string Summary { get; private set; }

    public IncidentKind Kind { get; private set; }

    public PlaybookStage Stage { get; private set; }

    public DateTimeOffset LoggedAt { get; private set; }

    // The person we deal with at the client.
    public string ContactName { get; private set; }

    public string? ContactRole { get; private set; }

    public string? ContactEmail { get; private set; }

    // The promise.
    public string PromiseDescription { get; private set; }

    public string PromisedBy { get; private set; }

    /// <summary>The person who made the promise is no longer with the company.</summary>
    public bool PromisedByHasLeft { get; private set; }

    public DateOnly PromisedOn { get; private set; }

    public PromiseChannel PromiseChannel { get; private set; }

    public string? ContractReference { get; private set; }

    /// <summary>Why the client came to us in the first place.</summary>
    public string ClientGoals { get; private set; }

    public Fault Fault { get; private set; }

    public DamageKinds Damage { get; private set; }

    public Money? OurLossEstimate { get; private set; }

    public Money? ClientClaimedLoss { get; private set; }

    public PersonalHarm PersonalHarm { get; private set; }

    public string? PersonalHarmNote { get; private set; }

    public DateTimeOffset DiscoveredAt { get; private set; }

    public DateTimeOffset? ClientToldAt { get; private set; }

    public FirstDisclosure? FirstDisclosure { get; private set; }

    /// <summary>Optimistic concurrency token (PostgreSQL xmin).</summary>
    public uint Version { get; private set; }

    /// <summary>A promise made in or tied to a contract; legal must review the incident.</summary>
    public bool IsContractLinked => ContractReference is not null;

    public IReadOnlyList<IncidentEvent> Timeline => _timeline;

    /// <summary>Logs a newly discovered broken promise. It starts at the first playbook stage.</summary>
    /// <exception cref="DomainException">When any field rule of <see cref="IncidentDetails.Check"/> is broken.</exception>
    public static Incident Log(IncidentDetails details, Actor owner, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(owner);

        var violations = details.Check(now);
        if (violations.Count > 0)
        {
            throw new DomainException(violations);
        }

        // Check guarantees every required value below is present.
        var incident = new Incident
        {
            OwnerId = owner.UserId,
            ClientId = details.ClientId!.Value,
            Summary = details.Summary!.Trim(),
            Kind = details.Kind!.Value,
            Stage = PlaybookStage.InvestigateOrigin,
            LoggedAt = now.ToUniversalTime(),
            ContactName = details.ContactName!.Trim(),
            ContactRole = Clean(details.ContactRole),
            ContactEmail = Clean(details.ContactEmail),
            PromiseDescription = details.PromiseDescription!.Trim(),
            PromisedBy = details.PromisedBy!.Trim(),
            PromisedByHasLeft = details.PromisedByHasLeft,
            PromisedOn = details.PromisedOn!.Value,
            PromiseChannel = details.PromiseChannel!.Value,
            ContractReference = Clean(details.ContractReference),
            ClientGoals = details.ClientGoals!.Trim(),
            Fault = details.Fault!.Value,
            Damage = details.Damage,
            OurLossEstimate = details.OurLossAmount is { } ours ? new Money(ours, details.OurLossCurrency!) : null,
            ClientClaimedLoss = details.ClientClaimedLossAmount is { } claimed ? new Money(claimed, details.ClientClaimedLossCurrency!) : null,
            PersonalHarm = details.PersonalHarm,
            PersonalHarmNote = details.PersonalHarm == PersonalHarm.None ? null : Clean(details.PersonalHarmNote),
            DiscoveredAt = details.DiscoveredAt!.Value.ToUniversalTime(),
            ClientToldAt = details.ClientToldAt?.ToUniversalTime(),
            FirstDisclosure = details.FirstDisclosure,
        };

        incident._timeline.Add(IncidentEvent.Record(owner, now, "Logged the broken promise; the playbook starts with investigating where the promise came from."));
        if (incident.IsContractLinked)
        {
            incident._timeline.Add(IncidentEvent.Record(owner, now, $"Marked as contract-linked ({incident.ContractReference}): legal review is needed."));
        }

        return incident;
    }

    /// <summary>Moves the incident on to the next playbook stage and records it on the timeline.</summary>
    /// <exception cref="DomainException">When the incident is already closed or not applicable.</exception>
    public void AdvanceToNextStage(Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var next = PlaybookTransitions.NextOnMainPath(Stage)
            ?? throw new DomainException("This incident is finished (closed or not applicable); it has no next stage.");
        var from = Stage;
        Stage = next;
        _timeline.Add(IncidentEvent.Record(actor, now, $"Moved from \"{StageNames.Of(from)}\" to \"{StageNames.Of(next)}\"."));
    }

    /// <summary>The client's loss as the larger of our estimate and their claim, when either is known.</summary>
    public Money? LargestKnownLoss =>
        (OurLossEstimate, ClientClaimedLoss) switch
        {
            (null, null) => null,
            ({ } ours, null) => ours,
            (null, { } claimed) => claimed,
            ({ } ours, { } claimed) => claimed.Amount > ours.Amount ? claimed : ours,
        };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
