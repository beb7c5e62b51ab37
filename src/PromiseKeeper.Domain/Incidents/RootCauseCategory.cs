namespace PromiseKeeper.Domain.Incidents;

/// <summary>Why the promise broke, in broad terms the team lead can look at across incidents.</summary>
public enum RootCauseCategory
{
    PromiseWithoutCheckingCapacity = 0,
    EstimationError = 1,
    MissedHandover = 2,
    UnclearRequirements = 3,
    QualityProcessGap = 4,
    ThirdPartyDependency = 5,
    CommunicationGap = 6,
    Other = 7,
}
