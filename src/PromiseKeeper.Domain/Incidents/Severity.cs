namespace PromiseKeeper.Domain.Incidents;

/// <summary>How bad an incident is, derived by <see cref="SeverityRules"/> from the relationship, the damage and the handling.</summary>
public enum Severity
{
    Low = 0,
    Medium = 1,
    High = 2,
    Critical = 3,
}
