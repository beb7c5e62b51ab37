namespace PromiseKeeper.Domain.Clocks;

/// <summary>
/// The stages that run against a response target in working time. Check-ins and prevention measures are not here:
/// they run to their own date (<see cref="ResponseClock.DueBy"/>).
/// </summary>
public enum ClockKind
{
    /// <summary>Tell the client, from the discovery.</summary>
    TellClient = 1,

    /// <summary>Hold the call, from the discovery.</summary>
    HoldCall = 2,

    /// <summary>Send the recap, from the call.</summary>
    SendRecap = 3,

    /// <summary>Submit the retro, from the recap.</summary>
    SubmitRetro = 4,

    /// <summary>Decide the legal review, from the request.</summary>
    LegalReview = 5,
}
