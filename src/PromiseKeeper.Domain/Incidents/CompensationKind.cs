namespace PromiseKeeper.Domain.Incidents;

/// <summary>What we can offer instead of the broken promise.</summary>
public enum CompensationKind
{
    Discount = 0,
    FreeHours = 1,
    PlatformAccess = 2,
    QuickBuild = 3,
    NewTimeline = 4,
    Refund = 5,
    Other = 6,
}
