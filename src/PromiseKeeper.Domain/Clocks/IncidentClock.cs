namespace PromiseKeeper.Domain.Clocks;

/// <summary>One clock of an incident: a stage's (<see cref="Kind"/>) or an open check-in's or measure's (<see cref="Item"/>).</summary>
public sealed record IncidentClock(IncidentClockSubject Subject, ClockKind? Kind, ClockDueItem? Item, ResponseClock Clock)
{
    /// <summary>Names the clock within its incident, the same on every read: "TellClient", "CheckIn:{id}", "Measure:{id}".</summary>
    public string Key => Subject == IncidentClockSubject.Stage ? Kind!.Value.ToString() : $"{Subject}:{Item!.Id}";

    /// <summary>Whether the account manager's pauses (waiting on legal or on the client) hold this clock.</summary>
    public bool Pausable => Kind is not null and not ClockKind.LegalReview;
}
