namespace PromiseKeeper.Web.ClockHistory;

/// <summary>What happened to a clock.</summary>
public enum ClockEventKind
{
    /// <summary>The warn share of its target was used.</summary>
    Warned = 1,

    /// <summary>Its target passed with the step not done.</summary>
    Breached = 2,
}
