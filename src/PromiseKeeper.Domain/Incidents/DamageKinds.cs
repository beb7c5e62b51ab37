namespace PromiseKeeper.Domain.Incidents;

/// <summary>The kinds of damage the client suffered; an incident has one or more.</summary>
[Flags]
public enum DamageKinds
{
    None = 0,
    Delay = 1,
    QualityOrWrongResult = 2,
    Reputation = 4,
}
