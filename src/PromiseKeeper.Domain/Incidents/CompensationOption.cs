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
        ValueToClient = null!;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public long IncidentId { get; private set; }

    public CompensationKind Kind { get; private set; }

    public string Description { get; private set; }

    public Money? CostToUs { get; private set; }

    public Money ValueToClient { get; private set; }

    public string? ConfirmedBy { get; private set; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    public bool IsConfirmed => ConfirmedBy is not null;

    public bool IsOffered { get; private set; }

    internal static CompensationOption Create(CompensationKind kind, string description, Money? cost, Money value, string? confirmedBy, DateTimeOffset now) =>
        new()
        {
            Kind = kind,
            Description = description,
            CostToUs = cost,
            ValueToClient = value,
            ConfirmedBy = confirmedBy,
            ConfirmedAt = confirmedBy is null ? null : now.ToUniversalTime(),
        };

    internal void Confirm(string confirmedBy, DateTimeOffset now)
    {
        ConfirmedBy = confirmedBy;
        ConfirmedAt = now.ToUniversalTime();
    }

    internal void SetOffered(bool offered) => IsOffered = offered;
}
