namespace PromiseKeeper.Domain.Incidents;

/// <summary>An alternative or compensation we could offer, as typed (stage 2).</summary>
public sealed record OptionDetails
{
    public const int DescriptionMaxLength = 1000;

    public CompensationKind? Kind { get; init; }

    public string? Description { get; init; }

    public decimal? CostToUsAmount { get; init; }

    public string? CostToUsCurrency { get; init; }

    public decimal? ValueToClientAmount { get; init; }

    public string? ValueToClientCurrency { get; init; }

    /// <summary>Who confirmed we can deliver it (a person on the team or a manager); may be filled later.</summary>
    public string? ConfirmedBy { get; init; }

    internal (Money? Cost, Money? Value) CheckAndRead(RuleCheck check)
    {
        check.RequireDefined(nameof(Kind), Kind, "Choose what kind of option this is.");
        check.RequireText(nameof(Description), Description, DescriptionMaxLength, "Describe the option so the client would understand it.");
        var cost = check.Money(nameof(CostToUsAmount), CostToUsAmount, nameof(CostToUsCurrency), CostToUsCurrency);
        var value = check.Money(nameof(ValueToClientAmount), ValueToClientAmount, nameof(ValueToClientCurrency), ValueToClientCurrency,
            "Estimate what the option is worth to the client, in money; it is compared with their loss.");
        check.OptionalText(nameof(ConfirmedBy), ConfirmedBy, IncidentDetails.NameMaxLength);
        return (cost, value);
    }
}
