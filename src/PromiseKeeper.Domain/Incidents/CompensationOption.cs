namespace PromiseKeeper.Domain.Incidents;

/// <summary>
/// An alternative or compensation researched for the client. It can become part of the offer only
/// once someone has confirmed we can deliver it: promise nothing that cannot be kept.
/// </summary>
public sealed class CompensationOption
{
    private CompensationOption()
    {
        Description = string.Empty;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public long IncidentId { get; private set; }

    public CompensationKind Kind { get; private set; }

    /// <summary>What the option is, for the team (internal).</summary>
    public string Description { get; private set; }

    /// <summary>The option as the client reads it in the drafts; null for options recorded before it was asked for.</summary>
    public string? ClientDescription { get; private set; }

    public Money? CostToUs { get; private set; }

    /// <summary>What the option is worth to the client in money; null when it has no money value (a new timeline, say).</summary>
    public Money? ValueToClient { get; private set; }

    public string? ConfirmedBy { get; private set; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    public bool IsConfirmed => ConfirmedBy is not null;

    public bool IsOffered { get; private set; }

    internal static CompensationOption Create(OptionProposal proposal, DateTimeOffset now) =>
        new()
        {
            Kind = proposal.Kind,
            Description = proposal.Description,
            ClientDescription = proposal.ClientDescription,
            CostToUs = proposal.CostToUs,
            ValueToClient = proposal.ValueToClient,
            ConfirmedBy = proposal.ConfirmedBy,
            ConfirmedAt = proposal.ConfirmedBy is null ? null : now.ToUniversalTime(),
        };

    internal void Confirm(string confirmedBy, DateTimeOffset now)
    {
        ConfirmedBy = confirmedBy;
        ConfirmedAt = now.ToUniversalTime();
    }

    internal void SetOffered(bool offered) => IsOffered = offered;
}
