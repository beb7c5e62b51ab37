namespace PromiseKeeper.Domain.Incidents;

/// <summary>What <see cref="Proportionality.Assess"/> concluded about an offer against the client's loss.</summary>
public enum ProportionalityVerdict
{
    /// <summary>No option has been offered yet.</summary>
    NoOffer = 0,

    /// <summary>Neither our estimate nor the client's claim of the loss is known.</summary>
    LossUnknown = 1,

    /// <summary>The amounts are in different currencies and cannot be compared.</summary>
    CurrencyMismatch = 2,

    /// <summary>The offer is within an order of magnitude of the loss.</summary>
    Proportionate = 3,

    /// <summary>The offer is more than ten times smaller than the loss: it risks making things worse.</summary>
    FarTooSmall = 4,

    /// <summary>Every offered option is without a money value (a new timeline, say), so there is no sum to compare.</summary>
    NotInMoney = 5,
}
