using PromiseKeeper.Domain.Clocks;

namespace PromiseKeeper.Domain.Incidents;

/// <summary>
/// A time the account manager's clocks did not count because the next step waited on the client (recorded by the account
/// manager) or on legal (recorded when legal decided, for the wait since the request).
/// </summary>
public sealed class IncidentPause
{
    public const int NoteMaxLength = 500;

    private IncidentPause()
    {
        StartedByName = string.Empty;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public long IncidentId { get; private set; }

    public PauseReason Reason { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>Null while the incident still waits.</summary>
    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>Why it waits, in the account manager's words (e.g. "their board decides on 12 March"); null for legal's waits.</summary>
    public string? Note { get; private set; }

    /// <summary>Who recorded the wait (for legal's waits, who decided).</summary>
    public string StartedByName { get; private set; }

    /// <summary>Who ended it; null while it is open.</summary>
    public string? EndedByName { get; private set; }

    public bool IsOpen => EndedAt is null;

    /// <summary>As the clocks see it; a wait still open when the incident finished ends there.</summary>
    public ClockPause ToClockPause(DateTimeOffset? finishedAt) => new(StartedAt, EndedAt ?? finishedAt, Reason, Note);

    internal static IncidentPause Start(PauseReason reason, DateTimeOffset since, string? note, Actor actor) =>
        new() { Reason = reason, StartedAt = since.ToUniversalTime(), Note = note, StartedByName = actor.DisplayName };

    internal void End(Actor actor, DateTimeOffset now)
    {
        EndedAt = now.ToUniversalTime();
        EndedByName = actor.DisplayName;
    }
}
