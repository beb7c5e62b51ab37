namespace PromiseKeeper.Domain.Incidents;

/// <summary>What kind of broken promise this is.</summary>
public enum IncidentKind
{
    MissedDeadline = 0,
    FeatureNotReady = 1,
    UnrealisticPromiseByColleague = 2,
    PoorQualityOrWrongResult = 3,
    InsensitiveRemark = 4,
    ExpectationMismatch = 5,
    ResistedPlanChangeInClientCrisis = 6,
    ClientMistake = 7,
}
