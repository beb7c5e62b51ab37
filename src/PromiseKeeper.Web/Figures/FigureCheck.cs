namespace PromiseKeeper.Web.Figures;

/// <summary>
/// An incident whose <see cref="IncidentFigures"/> <see cref="IncidentFiguresRefresh"/> must compute again at
/// <see cref="CheckAt"/>. Kept beside the incident, never in it (a background write to the incident row would conflict with
/// users' open forms). Database triggers queue a row whenever the incident or its client's loyalty changes
/// (<see cref="FigureCheckSql"/>); the refresh moves it to the next instant a figure can change with time alone, or deletes it.
/// </summary>
public sealed class FigureCheck
{
    public long IncidentId { get; init; }

    public DateTimeOffset CheckAt { get; set; }
}
