namespace PromiseKeeper.Web.ClockHistory;

/// <summary>
/// An incident whose clocks <see cref="ClockSweep"/> must look at again at <see cref="CheckAt"/>. Kept beside the incident,
/// never in it: the incident row carries the concurrency token of users' open forms, and a background write there would
/// make their next save conflict. Database triggers queue a row when an incident or its team's clock settings change
/// (<see cref="ClockCheckSql"/>); the sweep moves it to the next warning or breach, or deletes it when nothing can happen.
/// </summary>
public sealed class ClockCheck
{
    public long IncidentId { get; init; }

    public DateTimeOffset CheckAt { get; set; }
}
