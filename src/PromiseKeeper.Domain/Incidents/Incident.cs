using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

/// <summary>
/// A broken promise to a client and how we are putting it right. The aggregate root: every change
/// goes through a method here, which checks the rules and appends a timeline event.
/// </summary>
public sealed partial class Incident
{
    private readonly List<IncidentEvent> _timeline = [];
    private readonly List<EvidenceItem> _evidence = [];
    private readonly List<CompensationOption> _options = [];
    private readonly List<CheckIn> _checkIns = [];
    private readonly List<PreventionMeasure> _preventionMeasures = [];
    private readonly List<RecordedBlameFinding> _blameFindings = [];

    // For EF Core materialization.
    private Incident()
    {
        OwnerId = string.Empty;
        Summary = string.Empty;
        ContactName = string.Empty;
        PromiseDescription = string.Empty;
    }

    public long Id { get; private set; }

    /// <summary>The account manager who logged the incident and drives it.</summary>
    public string OwnerId { get; private set; }

    public int ClientId { get; private set; }

    public string Summary { get; private set; }

    /// <summary>Null until someone knows; leaving the first stage needs it.</summary>
    public IncidentKind? Kind { get; private set; }

    public PlaybookStage Stage { get; private set; }

    public DateTimeOffset LoggedAt { get; private set; }

    // The person we deal with at the client.
    public string ContactName { get; private set; }

    public string? ContactRole { get; private set; }

    public string? ContactEmail { get; private set; }

    // The promise.
    public string PromiseDescription { get; private set; }

    /// <summary>Who made the promise; null until the first stage finds out (likewise the date, channel and goals).</summary>
    public string? PromisedBy { get; private set; }

    /// <summary>The person who made the promise is no longer with the company.</summary>
    public bool PromisedByHasLeft { get; private set; }

    public DateOnly? PromisedOn { get; private set; }

    public PromiseChannel? PromiseChannel { get; private set; }

    public string? ContractReference { get; private set; }

    /// <summary>Why the client came to us in the first place.</summary>
    public string? ClientGoals { get; private set; }

    /// <summary>Null until someone knows; leaving the first stage needs it, and the conversation script follows it.</summary>
    public Fault? Fault { get; private set; }

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

    /// <summary>
    /// Set by every change, so that changing only a child record (an option, a check-in) still
    /// updates the incident row and the concurrency check sees it.
    /// </summary>
    public DateTimeOffset LastChangedAt { get; private set; }

    /// <summary>Why the playbook does not apply (bad faith), when it was marked so.</summary>
    public string? NotApplicableReason { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>A promise made in or tied to a contract; legal must review the incident.</summary>
    public bool IsContractLinked => ContractReference is not null;

    public IReadOnlyList<IncidentEvent> Timeline => _timeline;

    /// <summary>
    /// Logs a newly discovered broken promise, as typed. For tests and demo data only: the log page parses its form with
    /// <see cref="IncidentDetails.Parse"/> and calls the overload that takes the <see cref="IncidentToLog"/>.
    /// </summary>
    /// <exception cref="DomainException">When any field rule of <see cref="IncidentDetails.Parse"/> is broken.</exception>
    /// <param name="teamId">The owner's team: its team leads oversee the incident. Null for an owner without a team.</param>
    [ForTestsAndDemoData]
    public static Incident Log(IncidentDetails details, Actor owner, DateTimeOffset now, int? teamId = null)
    {
        ArgumentNullException.ThrowIfNull(details);
        return Log(details.Parse(now).OrThrow(), owner, now, teamId);
    }

    /// <summary>Logs a newly discovered broken promise. It starts at the first playbook stage.</summary>
    /// <param name="teamId">The owner's team: its team leads oversee the incident. Null for an owner without a team.</param>
    public static Incident Log(IncidentToLog details, Actor owner, DateTimeOffset now, int? teamId = null)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(owner);

        var incident = new Incident
        {
            OwnerId = owner.UserId,
            TeamId = teamId,
            ClientId = details.ClientId,
            Summary = details.Summary,
            Kind = details.Kind,
            Stage = PlaybookStage.InvestigateOrigin,
            LoggedAt = now.ToUniversalTime(),
            ContactName = details.ContactName,
            ContactRole = details.ContactRole,
            ContactEmail = details.ContactEmail,
            PromiseDescription = details.PromiseDescription,
            PromisedBy = details.PromisedBy,
            PromisedByHasLeft = details.PromisedByHasLeft,
            PromisedOn = details.PromisedOn,
            PromiseChannel = details.PromiseChannel,
            ContractReference = details.ContractReference,
            ClientGoals = details.ClientGoals,
            Fault = details.Fault,
            Damage = details.Damage,
            OurLossEstimate = details.OurLossEstimate,
            ClientClaimedLoss = details.ClientClaimedLoss,
            PersonalHarm = details.PersonalHarm,
            PersonalHarmNote = details.PersonalHarmNote,
            DiscoveredAt = details.DiscoveredAt,
            ClientToldAt = details.ClientToldAt,
            FirstDisclosure = details.FirstDisclosure,
            LastChangedAt = now.ToUniversalTime(),
        };

        incident._timeline.Add(IncidentEvent.Record(owner, now, "logged", TextValues.None));
        if (incident.IsContractLinked)
        {
            incident._timeline.Add(IncidentEvent.Record(owner, now, "contract.linked", new TextValues([TextValue.Text("Contract", incident.ContractReference!)])));
            incident.EnterLegalQueue(now);
        }

        return incident;
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

    public bool IsOpen => PlaybookTransitions.IsOpen(Stage);

    public IReadOnlyList<EvidenceItem> Evidence => _evidence;

    public IReadOnlyList<CompensationOption> Options => _options;

    public IReadOnlyList<CheckIn> CheckIns => _checkIns;

    public IReadOnlyList<PreventionMeasure> PreventionMeasures => _preventionMeasures;

    public IReadOnlyList<RecordedBlameFinding> BlameFindings => _blameFindings;

    private static string? Clean(string? value) => RuleCheck.Clean(value);

    // Timeline text is stored: dates in it must not depend on the server's culture.
    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Records a change: who, when, what (a key of <see cref="IncidentEvent.TextFile"/> and its values). Every domain
    /// method that changes the incident ends here.
    /// </summary>
    private void Record(Actor actor, DateTimeOffset now, string textKey, params TextValue[] values)
    {
        ArgumentNullException.ThrowIfNull(actor);
        LastChangedAt = now.ToUniversalTime();
        _timeline.Add(IncidentEvent.Record(actor, now, textKey, new TextValues(values)));
    }

    /// <param name="action">The key of what the person tries to do: <c>action.&lt;action&gt;</c> in messages.txt.</param>
    private void RequireOpen(string action)
    {
        if (!IsOpen)
        {
            var key = Stage == PlaybookStage.Closed ? "incident.closed" : "incident.not-applicable";
            throw new DomainException(Messages.Of(key, ("Action", Messages.Of($"action.{action}"))));
        }
    }

    /// <inheritdoc cref="RequireOpen" path="/param"/>
    private void RequireStage(string action, params PlaybookStage[] stages)
    {
        RequireOpen(action);
        if (!stages.Contains(Stage))
        {
            var where = string.Join($" {Messages.Of("stage.or")} ", stages.Select(Quoted));
            throw new DomainException(Messages.Of("incident.wrong-stage", ("Action", Messages.Of($"action.{action}")), ("Stages", where), ("Stage", Quoted(Stage))));
        }
    }

    private static string Quoted(PlaybookStage stage) => Messages.Of("stage.quoted", ("Stage", StageNames.Of(stage)));
}
