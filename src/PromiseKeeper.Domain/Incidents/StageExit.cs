namespace PromiseKeeper.Domain.Incidents;

/// <summary>A move from one stage to <paramref name="To"/>, and what blocks taking it.</summary>
/// <param name="Blockers">What still has to be done on the incident before the move, in words a person can act on; empty when nothing blocks it.</param>
/// <param name="TimelineKey">The timeline entry's key in events.txt when the move is taken; null for the plain "stage.moved" ("Moved from … to …").</param>
public sealed record StageExit(PlaybookStage To, Func<Incident, IEnumerable<string>> Blockers, string? TimelineKey = null)
{
    /// <summary>What else changes on the incident when the move is taken, besides its stage.</summary>
    internal Action<Incident, DateTimeOffset>? Taken { get; init; }
}
