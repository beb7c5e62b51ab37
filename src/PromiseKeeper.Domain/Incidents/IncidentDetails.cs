namespace PromiseKeeper.Domain.Incidents;

/// <summary>
/// Everything an account manager records when logging a broken promise, as typed: a required
/// field may still be missing here, and <see cref="Parse"/> says so. Only the facts known at once are
/// required; the promise's origin, the damage and the losses may follow during the first stage.
/// <see cref="Parse"/> holds every field rule; violations are keyed by the property names below,
/// so a form that uses the same names can show each message next to its field.
/// </summary>
public sealed partial record IncidentDetails
{
    public const int SummaryMaxLength = 200;
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 254;
    public const int LongTextMaxLength = 4000;
    public const int NoteMaxLength = 2000;
    public const int ContractReferenceMaxLength = 200;
    public const decimal MaxAmount = 1_000_000_000_000m;

    /// <summary>Clocks differ a little between browsers and the server; times this far ahead still count as "now".</summary>
    public static readonly TimeSpan ClockSkewAllowance = TimeSpan.FromMinutes(5);

    /// <summary>How far back a promise or a discovery may lie: older than this is a mistyped year (0001, 1926), not a record.</summary>
    public const int MaxYearsBack = 30;

    public int? ClientId { get; init; }

    public string? Summary { get; init; }

    public IncidentKind? Kind { get; init; }

    public string? ContactName { get; init; }

    public string? ContactRole { get; init; }

    public string? ContactEmail { get; init; }

    public string? PromiseDescription { get; init; }

    public string? PromisedBy { get; init; }

    public bool PromisedByHasLeft { get; init; }

    public DateOnly? PromisedOn { get; init; }

    public PromiseChannel? PromiseChannel { get; init; }

    public string? ContractReference { get; init; }

    public string? ClientGoals { get; init; }

    public Fault? Fault { get; init; }

    public DamageKinds Damage { get; init; }

    public decimal? OurLossAmount { get; init; }

    public string? OurLossCurrency { get; init; }

    public decimal? ClientClaimedLossAmount { get; init; }

    public string? ClientClaimedLossCurrency { get; init; }

    public PersonalHarm PersonalHarm { get; init; }

    public string? PersonalHarmNote { get; init; }

    public DateTimeOffset? DiscoveredAt { get; init; }

    public DateTimeOffset? ClientToldAt { get; init; }

    public FirstDisclosure? FirstDisclosure { get; init; }

    /// <summary>Checks every field rule against the current time: the incident ready to log, or every broken rule.</summary>
    public Checked<IncidentToLog> Parse(DateTimeOffset now)
    {
        var check = new RuleCheck();
        var clientId = ClientId is { } id and > 0 ? id : 0;
        if (clientId == 0)
        {
            check.Add(nameof(ClientId), "Choose the client, or add a new one.");
        }

        var facts = CheckFacts(check, now);
        var promisedBy = check.OptionalTextValue(nameof(PromisedBy), PromisedBy, NameMaxLength);
        CheckPromisedOn(check, now);
        if (PromiseChannel is { } promiseChannel && !Enum.IsDefined(promiseChannel))
        {
            check.Add(nameof(PromiseChannel), "Choose where the promise was made.");
        }

        var contractReference = check.OptionalTextValue(nameof(ContractReference), ContractReference, ContractReferenceMaxLength);
        if (PromiseChannel == Incidents.PromiseChannel.ContractClause && contractReference is null)
        {
            check.Add(nameof(ContractReference), "A promise made in a contract needs the contract reference (clause, SOW or SLA), so legal can review it.");
        }

        var clientGoals = check.OptionalTextValue(nameof(ClientGoals), ClientGoals, LongTextMaxLength);
        return Checked<IncidentToLog>.From(check, () => new IncidentToLog
        {
            ClientId = clientId,
            Summary = facts.Summary,
            Kind = facts.Kind,
            ContactName = facts.ContactName,
            ContactRole = facts.ContactRole,
            ContactEmail = facts.ContactEmail,
            PromiseDescription = facts.PromiseDescription,
            PromisedBy = promisedBy,
            PromisedByHasLeft = promisedBy is not null && PromisedByHasLeft,
            PromisedOn = PromisedOn,
            PromiseChannel = PromiseChannel,
            ContractReference = contractReference,
            ClientGoals = clientGoals,
            Fault = facts.Fault,
            Damage = facts.Damage,
            OurLossEstimate = facts.OurLossEstimate,
            ClientClaimedLoss = facts.ClientClaimedLoss,
            PersonalHarm = facts.PersonalHarm,
            PersonalHarmNote = facts.PersonalHarmNote,
            DiscoveredAt = facts.DiscoveredAt,
            ClientToldAt = facts.ClientToldAt,
            FirstDisclosure = facts.FirstDisclosure,
        });
    }

    /// <summary>
    /// Checks the facts known when the broken promise is found (everything but the client and the promise's origin),
    /// the ones the "correct the record" page can change later. Who promised, when and where, the client's goals,
    /// the damage and the losses may wait: leaving the first stage needs them (see <see cref="PlaybookStages"/>).
    /// </summary>
    /// <returns>The checked facts; meaningless when <paramref name="check"/> recorded a violation.</returns>
    internal LoggedFacts CheckFacts(RuleCheck check, DateTimeOffset now)
    {
        var summary = check.Text(nameof(Summary), Summary, SummaryMaxLength, "Give the incident a short summary.");
        var kind = check.Defined(nameof(Kind), Kind, "Choose what kind of broken promise this is.");

        var contactName = check.Text(nameof(ContactName), ContactName, NameMaxLength, "Enter the name of the person we deal with at the client.");
        var contactRole = check.OptionalTextValue(nameof(ContactRole), ContactRole, NameMaxLength);
        var contactEmail = check.OptionalTextValue(nameof(ContactEmail), ContactEmail, EmailMaxLength);
        if (contactEmail is not null && !LooksLikeEmail(contactEmail))
        {
            check.Add(nameof(ContactEmail), "Enter the contact's email as name@example.com, or leave it empty.");
        }

        var promiseDescription = check.Text(nameof(PromiseDescription), PromiseDescription, LongTextMaxLength, "Describe what was promised.");
        var fault = check.Defined(nameof(Fault), Fault, "Choose whose fault it is; choose \"disputed\" if that is not clear yet.");
        if ((Damage & ~(DamageKinds.Delay | DamageKinds.QualityOrWrongResult | DamageKinds.Reputation)) != 0)
        {
            check.Add(nameof(Damage), "Choose only the listed kinds of damage.");
        }

        var ourLoss = CheckMoney(check, nameof(OurLossAmount), OurLossAmount, nameof(OurLossCurrency), OurLossCurrency);
        var claimedLoss = CheckMoney(check, nameof(ClientClaimedLossAmount), ClientClaimedLossAmount, nameof(ClientClaimedLossCurrency), ClientClaimedLossCurrency);
        if (OurLossAmount is not null && ClientClaimedLossAmount is not null
            && Money.IsCurrencyCode(OurLossCurrency) && Money.IsCurrencyCode(ClientClaimedLossCurrency)
            && OurLossCurrency != ClientClaimedLossCurrency)
        {
            check.Add(nameof(ClientClaimedLossCurrency), "Use the same currency as our estimate, so the two figures can be compared.");
        }

        check.RequireDefined<PersonalHarm>(nameof(PersonalHarm), PersonalHarm, "Choose how much this hurts our contact personally.");
        var personalHarmNote = check.OptionalTextValue(nameof(PersonalHarmNote), PersonalHarmNote, NoteMaxLength);

        var discoveredAt = CheckDisclosure(check, now);
        return new LoggedFacts
        {
            Summary = summary,
            Kind = kind,
            ContactName = contactName,
            ContactRole = contactRole,
            ContactEmail = contactEmail,
            PromiseDescription = promiseDescription,
            Fault = fault,
            Damage = Damage,
            OurLossEstimate = ourLoss,
            ClientClaimedLoss = claimedLoss,
            PersonalHarm = PersonalHarm,
            PersonalHarmNote = PersonalHarm == PersonalHarm.None ? null : personalHarmNote,
            DiscoveredAt = discoveredAt.ToUniversalTime(),
            ClientToldAt = ClientToldAt?.ToUniversalTime(),
            FirstDisclosure = FirstDisclosure,
        };
    }

    private void CheckPromisedOn(RuleCheck check, DateTimeOffset now)
    {
        if (PromisedOn > DateOnly.FromDateTime(now.UtcDateTime.Add(ClockSkewAllowance)).AddDays(1))
        {
            // One day of slack: the date is typed in the user's time zone, which may be ahead of UTC.
            check.Add(nameof(PromisedOn), "The promise date cannot be in the future.");
        }
        else if (PromisedOn < DateOnly.FromDateTime(now.UtcDateTime).AddYears(-MaxYearsBack))
        {
            check.Add(nameof(PromisedOn), $"Check the year: the promise date is more than {MaxYearsBack} years ago.");
        }
        else if (DiscoveredAt is { } discovered && PromisedOn is { } promised && promised.DayNumber > DateOnly.FromDateTime(discovered.UtcDateTime).DayNumber + 1)
        {
            check.Add(nameof(PromisedOn), "The promise must have been made before it was found to be broken.");
        }
    }

    /// <summary>Every broken field rule; empty when the details can be logged.</summary>
    public IReadOnlyList<RuleViolation> Check(DateTimeOffset now) => Parse(now).Violations;

    /// <returns>The discovery time; the default when it was missing (then a violation is recorded and the value is never used).</returns>
    private DateTimeOffset CheckDisclosure(RuleCheck check, DateTimeOffset now)
    {
        var latestAllowed = now + ClockSkewAllowance;
        var discoveredAt = check.Present(nameof(DiscoveredAt), DiscoveredAt, "Enter when we discovered the promise was broken.");
        if (DiscoveredAt > latestAllowed)
        {
            check.Add(nameof(DiscoveredAt), "The discovery time cannot be in the future.");
        }
        else if (DiscoveredAt < now.AddYears(-MaxYearsBack))
        {
            check.Add(nameof(DiscoveredAt), $"Check the year: the discovery time is more than {MaxYearsBack} years ago.");
        }

        if (FirstDisclosure is { } disclosure && !Enum.IsDefined(disclosure))
        {
            check.Add(nameof(FirstDisclosure), "Choose who told whom first.");
            return discoveredAt;
        }

        if (ClientToldAt is null)
        {
            if (FirstDisclosure is not null)
            {
                check.Add(nameof(ClientToldAt), "Enter when the client found out.");
            }

            return discoveredAt;
        }

        if (FirstDisclosure is null)
        {
            check.Add(nameof(FirstDisclosure), "Choose who told whom first.");
        }

        if (ClientToldAt > latestAllowed)
        {
            check.Add(nameof(ClientToldAt), "The time the client found out cannot be in the future; leave it empty if they do not know yet.");
        }
        else if (ClientToldAt < now.AddYears(-MaxYearsBack))
        {
            check.Add(nameof(ClientToldAt), $"Check the year: the time the client found out is more than {MaxYearsBack} years ago.");
        }
        else if (FirstDisclosure == Incidents.FirstDisclosure.WeToldTheClient && DiscoveredAt is not null && ClientToldAt < DiscoveredAt)
        {
            check.Add(nameof(ClientToldAt), "We cannot have told the client before we discovered the problem. Check both times.");
        }

        return discoveredAt;
    }
}
