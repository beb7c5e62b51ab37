namespace PromiseKeeper.Domain.Incidents;

/// <summary>
/// The facts of a broken promise known when it is found, checked: what went wrong, the contact, the promise as
/// described, the fault, damage, losses, personal harm and who knew when. The "correct the record" page changes these.
/// Only <see cref="IncidentDetails"/> and <see cref="RecordCorrection"/> make one.
/// </summary>
public sealed record LoggedFacts
{
    internal LoggedFacts()
    {
    }

    public string Summary { get; internal init; } = string.Empty;

    /// <summary>Null until someone knows; leaving the first stage needs it, as it needs the fault.</summary>
    public IncidentKind? Kind { get; internal init; }

    public string ContactName { get; internal init; } = string.Empty;

    public string? ContactRole { get; internal init; }

    public string? ContactEmail { get; internal init; }

    public string PromiseDescription { get; internal init; } = string.Empty;

    public Fault? Fault { get; internal init; }

    public DamageKinds Damage { get; internal init; }

    public Money? OurLossEstimate { get; internal init; }

    public Money? ClientClaimedLoss { get; internal init; }

    public PersonalHarm PersonalHarm { get; internal init; }

    /// <summary>Null when there is no personal harm.</summary>
    public string? PersonalHarmNote { get; internal init; }

    public DateTimeOffset DiscoveredAt { get; internal init; }

    public DateTimeOffset? ClientToldAt { get; internal init; }

    public FirstDisclosure? FirstDisclosure { get; internal init; }
}
