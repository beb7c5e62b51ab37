namespace PromiseKeeper.Domain.Incidents;

/// <summary>
/// A broken promise ready to be logged: every required value present, texts trimmed, blank optional texts null.
/// Only <see cref="IncidentDetails.Parse"/> makes one.
/// </summary>
public sealed record IncidentToLog
{
    internal IncidentToLog()
    {
    }

    public int ClientId { get; internal init; }

    public string Summary { get; internal init; } = string.Empty;

    public IncidentKind? Kind { get; internal init; }

    public string ContactName { get; internal init; } = string.Empty;

    public string? ContactRole { get; internal init; }

    public string? ContactEmail { get; internal init; }

    public string PromiseDescription { get; internal init; } = string.Empty;

    /// <summary>Null until the first stage finds out; likewise the date, channel and goals below.</summary>
    public string? PromisedBy { get; internal init; }

    public bool PromisedByHasLeft { get; internal init; }

    public DateOnly? PromisedOn { get; internal init; }

    public PromiseChannel? PromiseChannel { get; internal init; }

    public string? ContractReference { get; internal init; }

    public string? ClientGoals { get; internal init; }

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
