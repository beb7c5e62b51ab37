using PromiseKeeper.Domain.Texts;

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
            check.Add(nameof(ClientId), Messages.Of("incident.client-missing"));
        }

        var facts = CheckFacts(check, now);
        var promisedBy = check.OptionalTextValue(nameof(PromisedBy), PromisedBy, NameMaxLength);
        CheckPromisedOn(check, now);
        if (PromiseChannel is { } promiseChannel && !Enum.IsDefined(promiseChannel))
        {
            check.Add(nameof(PromiseChannel), Messages.Of("origin.channel-missing"));
        }

        var contractReference = check.OptionalTextValue(nameof(ContractReference), ContractReference, ContractReferenceMaxLength);
        if (PromiseChannel == Incidents.PromiseChannel.ContractClause && contractReference is null)
        {
            check.Add(nameof(ContractReference), Messages.Of("origin.contract-reference-missing"));
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
    /// the kind, the fault, the damage and the losses may wait: leaving the first stage needs them (see <see cref="PlaybookStages"/>).
    /// </summary>
    /// <returns>The checked facts; meaningless when <paramref name="check"/> recorded a violation.</returns>
    internal LoggedFacts CheckFacts(RuleCheck check, DateTimeOffset now)
    {
        var summary = check.Text(nameof(Summary), Summary, SummaryMaxLength, Messages.Of("incident.summary-missing"));
        var kind = check.OptionalDefined(nameof(Kind), Kind, Messages.Of("incident.kind-missing"));

        var contactName = check.Text(nameof(ContactName), ContactName, NameMaxLength, Messages.Of("incident.contact-name-missing"));
        var contactRole = check.OptionalTextValue(nameof(ContactRole), ContactRole, NameMaxLength);
        var contactEmail = check.OptionalTextValue(nameof(ContactEmail), ContactEmail, EmailMaxLength);
        if (contactEmail is not null && !LooksLikeEmail(contactEmail))
        {
            check.Add(nameof(ContactEmail), Messages.Of("incident.contact-email-invalid"));
        }

        var promiseDescription = check.Text(nameof(PromiseDescription), PromiseDescription, LongTextMaxLength, Messages.Of("incident.promise-missing"));
        var fault = check.OptionalDefined(nameof(Fault), Fault, Messages.Of("incident.fault-missing"));
        if ((Damage & ~(DamageKinds.Delay | DamageKinds.QualityOrWrongResult | DamageKinds.Reputation)) != 0)
        {
            check.Add(nameof(Damage), Messages.Of("incident.damage-unknown"));
        }

        var ourLoss = CheckMoney(check, nameof(OurLossAmount), OurLossAmount, nameof(OurLossCurrency), OurLossCurrency);
        var claimedLoss = CheckMoney(check, nameof(ClientClaimedLossAmount), ClientClaimedLossAmount, nameof(ClientClaimedLossCurrency), ClientClaimedLossCurrency);
        if (OurLossAmount is not null && ClientClaimedLossAmount is not null
            && Money.IsCurrencyCode(OurLossCurrency) && Money.IsCurrencyCode(ClientClaimedLossCurrency)
            && OurLossCurrency != ClientClaimedLossCurrency)
        {
            check.Add(nameof(ClientClaimedLossCurrency), Messages.Of("incident.claimed-loss-currency"));
        }

        check.RequireDefined<PersonalHarm>(nameof(PersonalHarm), PersonalHarm, Messages.Of("incident.personal-harm-missing"));
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
            check.Add(nameof(PromisedOn), Messages.Of("origin.promised-on-future"));
        }
        else if (PromisedOn < DateOnly.FromDateTime(now.UtcDateTime).AddYears(-MaxYearsBack))
        {
            check.Add(nameof(PromisedOn), Messages.Count("origin.promised-on-too-old(count)", MaxYearsBack));
        }
        else if (DiscoveredAt is { } discovered && PromisedOn is { } promised && promised.DayNumber > DateOnly.FromDateTime(discovered.UtcDateTime).DayNumber + 1)
        {
            check.Add(nameof(PromisedOn), Messages.Of("origin.promised-before-discovered"));
        }
    }

    /// <summary>Every broken field rule; empty when the details can be logged.</summary>
    public IReadOnlyList<RuleViolation> Check(DateTimeOffset now) => Parse(now).Violations;

    /// <returns>The discovery time; the default when it was missing (then a violation is recorded and the value is never used).</returns>
    private DateTimeOffset CheckDisclosure(RuleCheck check, DateTimeOffset now)
    {
        var latestAllowed = now + ClockSkewAllowance;
        var discoveredAt = check.Present(nameof(DiscoveredAt), DiscoveredAt, Messages.Of("incident.discovered-missing"));
        if (DiscoveredAt > latestAllowed)
        {
            check.Add(nameof(DiscoveredAt), Messages.Of("incident.discovered-future"));
        }
        else if (DiscoveredAt < now.AddYears(-MaxYearsBack))
        {
            check.Add(nameof(DiscoveredAt), Messages.Count("incident.discovered-too-old(count)", MaxYearsBack));
        }

        if (FirstDisclosure is { } disclosure && !Enum.IsDefined(disclosure))
        {
            check.Add(nameof(FirstDisclosure), Messages.Of("incident.first-disclosure-missing"));
            return discoveredAt;
        }

        if (ClientToldAt is null)
        {
            if (FirstDisclosure is not null)
            {
                check.Add(nameof(ClientToldAt), Messages.Of("incident.client-told-missing"));
            }

            return discoveredAt;
        }

        if (FirstDisclosure is null)
        {
            check.Add(nameof(FirstDisclosure), Messages.Of("incident.first-disclosure-missing"));
        }

        if (ClientToldAt > latestAllowed)
        {
            check.Add(nameof(ClientToldAt), Messages.Of("incident.client-told-future"));
        }
        else if (ClientToldAt < now.AddYears(-MaxYearsBack))
        {
            check.Add(nameof(ClientToldAt), Messages.Count("incident.client-told-too-old(count)", MaxYearsBack));
        }
        else if (FirstDisclosure == Incidents.FirstDisclosure.WeToldTheClient && DiscoveredAt is not null && ClientToldAt < DiscoveredAt)
        {
            check.Add(nameof(ClientToldAt), Messages.Of("incident.client-told-before-discovery"));
        }

        return discoveredAt;
    }
}
