namespace PromiseKeeper.Domain.Incidents;

/// <summary>
/// Loss amounts (in the loss's own currency) at which the damage counts as moderate, large and severe.
/// They must be ascending and not negative.
/// </summary>
public sealed record SeverityThresholds(decimal Moderate, decimal Large, decimal Severe)
{
    public static SeverityThresholds Default { get; } = new(1_000m, 10_000m, 100_000m);
}
