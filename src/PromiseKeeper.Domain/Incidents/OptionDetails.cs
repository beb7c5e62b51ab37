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

    public Checked<OptionProposal> Parse()
    {
        var check = new RuleCheck();
        var kind = check.Defined(nameof(Kind), Kind, "Choose what kind of option this is.");
        var description = check.Text(nameof(Description), Description, DescriptionMaxLength, "Describe the option so the client would understand it.");
        var cost = check.Money(nameof(CostToUsAmount), CostToUsAmount, nameof(CostToUsCurrency), CostToUsCurrency);
        var value = check.Money(nameof(ValueToClientAmount), ValueToClientAmount, nameof(ValueToClientCurrency), ValueToClientCurrency,
            "Estimate what the option is worth to the client, in money; it is compared with their loss.");
        var confirmedBy = check.OptionalTextValue(nameof(ConfirmedBy), ConfirmedBy, IncidentDetails.NameMaxLength);
        return Checked<OptionProposal>.From(check, () => new OptionProposal(kind, description, cost, value ?? throw new InvalidOperationException("A valid option has a value."), confirmedBy));
    }
}

/// <summary>An option, checked: only <see cref="OptionDetails.Parse"/> makes one.</summary>
public sealed record OptionProposal
{
    internal OptionProposal(CompensationKind kind, string description, Money? costToUs, Money valueToClient, string? confirmedBy) =>
        (Kind, Description, CostToUs, ValueToClient, ConfirmedBy) = (kind, description, costToUs, valueToClient, confirmedBy);

    public CompensationKind Kind { get; }

    public string Description { get; }

    public Money? CostToUs { get; }

    public Money ValueToClient { get; }

    public string? ConfirmedBy { get; }
}
