namespace PromiseKeeper.Domain.Clocks;

/// <summary>What an incident's clock counts toward.</summary>
public enum IncidentClockSubject
{
    /// <summary>A playbook step with a target in working days (<see cref="IncidentClock.Kind"/> says which).</summary>
    Stage = 1,

    /// <summary>An open check-in, due on its date.</summary>
    CheckIn = 2,

    /// <summary>An open prevention measure, due on its date.</summary>
    Measure = 3,
}
