using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

/// <summary>
/// The "correct the record" form as typed: every fact logged at once (see <see cref="LoggedFacts"/>) and the reason for
/// the correction. The facts follow the logging rules of <see cref="IncidentDetails"/>, keyed by the same names.
/// </summary>
public sealed record RecordCorrection
{
    public const int ReasonMaxLength = 500;

    public string? Summary { get; init; }

    public IncidentKind? Kind { get; init; }

    public string? ContactName { get; init; }

    public string? ContactRole { get; init; }

    public string? ContactEmail { get; init; }

    public string? PromiseDescription { get; init; }

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

    public string? Reason { get; init; }

    /// <summary>Checks the facts as logging does, and that a reason is given: the corrected facts, or every broken rule.</summary>
    public Checked<CorrectedFacts> Parse(DateTimeOffset now)
    {
        var check = new RuleCheck();
        var facts = new IncidentDetails
        {
            Summary = Summary,
            Kind = Kind,
            ContactName = ContactName,
            ContactRole = ContactRole,
            ContactEmail = ContactEmail,
            PromiseDescription = PromiseDescription,
            Fault = Fault,
            Damage = Damage,
            OurLossAmount = OurLossAmount,
            OurLossCurrency = OurLossCurrency,
            ClientClaimedLossAmount = ClientClaimedLossAmount,
            ClientClaimedLossCurrency = ClientClaimedLossCurrency,
            PersonalHarm = PersonalHarm,
            PersonalHarmNote = PersonalHarmNote,
            DiscoveredAt = DiscoveredAt,
            ClientToldAt = ClientToldAt,
            FirstDisclosure = FirstDisclosure,
        }.CheckFacts(check, now);

        var reason = check.Text(nameof(Reason), Reason, ReasonMaxLength, Messages.Of("correction.reason-missing"));
        if (reason.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            check.Add(nameof(Reason), Messages.Of("correction.control-characters"));
        }

        return Checked<CorrectedFacts>.From(check, () => new CorrectedFacts(facts, reason));
    }
}

/// <summary>The facts as corrected, and why. Only <see cref="RecordCorrection.Parse"/> makes one.</summary>
public sealed record CorrectedFacts
{
    internal CorrectedFacts(LoggedFacts facts, string reason) => (Facts, Reason) = (facts, reason);

    public LoggedFacts Facts { get; }

    public string Reason { get; }
}
