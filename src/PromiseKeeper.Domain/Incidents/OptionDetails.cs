using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

/// <summary>An alternative or compensation we could offer, as typed (stage 2).</summary>
public sealed record OptionDetails
{
    public const int DescriptionMaxLength = 1000;

    public CompensationKind? Kind { get; init; }

    public string? Description { get; init; }

    /// <summary>The option in words for the client: what they get, written to them. Only this reaches the client texts.</summary>
    public string? ClientDescription { get; init; }

    public decimal? CostToUsAmount { get; init; }

    public string? CostToUsCurrency { get; init; }

    public decimal? ValueToClientAmount { get; init; }

    public string? ValueToClientCurrency { get; init; }

    /// <summary>Who confirmed we can deliver it (a person on the team or a manager); may be filled later.</summary>
    public string? ConfirmedBy { get; init; }

    public Checked<OptionProposal> Parse()
    {
        var check = new RuleCheck();
        var kind = check.Defined(nameof(Kind), Kind, Messages.Of("option.kind-missing"));
        var description = check.Text(nameof(Description), Description, DescriptionMaxLength, Messages.Of("option.description-missing"));
        var clientDescription = check.Text(nameof(ClientDescription), ClientDescription, DescriptionMaxLength,
            Messages.Of("option.client-description-missing"));
        var cost = check.Money(nameof(CostToUsAmount), CostToUsAmount, nameof(CostToUsCurrency), CostToUsCurrency);
        var value = check.Money(nameof(ValueToClientAmount), ValueToClientAmount, nameof(ValueToClientCurrency), ValueToClientCurrency);
        if (ValueToClientAmount == 0)
        {
            check.Add(nameof(ValueToClientAmount), Messages.Of("option.zero-value"));
        }
        var confirmedBy = check.OptionalTextValue(nameof(ConfirmedBy), ConfirmedBy, IncidentDetails.NameMaxLength);
        return Checked<OptionProposal>.From(check, () => new OptionProposal(kind, description, cost, value, confirmedBy) { ClientDescription = clientDescription });
    }
}

/// <summary>An option, checked: only <see cref="OptionDetails.Parse"/> makes one.</summary>
public sealed record OptionProposal
{
    internal OptionProposal(CompensationKind kind, string description, Money? costToUs, Money? valueToClient, string? confirmedBy) =>
        (Kind, Description, CostToUs, ValueToClient, ConfirmedBy) = (kind, description, costToUs, valueToClient, confirmedBy);

    public CompensationKind Kind { get; }

    public string Description { get; }

    public required string ClientDescription { get; init; }

    public Money? CostToUs { get; }

    public Money? ValueToClient { get; }

    public string? ConfirmedBy { get; }
}
