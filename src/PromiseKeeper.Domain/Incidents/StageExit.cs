namespace PromiseKeeper.Domain.Incidents;

/// <summary>A move from one stage to <paramref name="To"/>, and what blocks taking it.</summary>
/// <param name="Blockers">What still has to be done on the incident before the move, in words a person can act on; empty when nothing blocks it.</param>
/// <param name="TimelineText">What the timeline says when the move is taken; null for the plain "Moved from … to …".</param>
public sealed record StageExit(PlaybookStage To, Func<Incident, IEnumerable<string>> Blockers, string? TimelineText = null)
{
    /// <summary>What else changes on the incident when the move is taken, besides its stage.</summary>
    internal Action<Incident, DateTimeOffset>? Taken { get; init; }
}
