namespace PromiseKeeper.Domain.Incidents;

/// <summary>How far a prevention measure has got.</summary>
public enum MeasureStatus
{
    Planned = 0,
    InProgress = 1,
    Done = 2,
}
