namespace PromiseKeeper.Domain.Clocks;

/// <summary>Where a clock stands at one instant.</summary>
public enum ClockState
{
    /// <summary>Counting, less than the warn share of the target used.</summary>
    Running = 1,

    /// <summary>Counting, the warn share of the target used.</summary>
    Warning = 2,

    /// <summary>The target has passed and the step is not done.</summary>
    Breached = 3,

    /// <summary>Not counting: waiting on legal or on the client.</summary>
    Paused = 4,

    /// <summary>Done within the target.</summary>
    Met = 5,

    /// <summary>Done after the target had passed.</summary>
    MetLate = 6,
}
