namespace PromiseKeeper.Domain.Clocks;

/// <summary>A clock read at one instant.</summary>
/// <param name="DueAt">When the target passes (pushed out by the working time spent paused; while a pause is open, as if it ended now).</param>
/// <param name="Left">Working time left until <paramref name="DueAt"/>; zero or negative once breached (zero while breached outside working hours); for a stopped clock, as it was when it stopped.</param>
/// <param name="WarnsAt">When the clock warns (or warned), on the same terms as <paramref name="DueAt"/>.</param>
/// <param name="WarnedAt">When the clock warned, once it has (null before).</param>
/// <param name="BreachedAt">When the clock breached, once it has (null before, and when it was met in time).</param>
public sealed record ClockReading(
    ClockState State,
    DateTimeOffset DueAt,
    TimeSpan Left,
    DateTimeOffset WarnsAt,
    DateTimeOffset? WarnedAt,
    DateTimeOffset? BreachedAt);
