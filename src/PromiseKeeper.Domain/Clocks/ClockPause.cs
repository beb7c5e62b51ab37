namespace PromiseKeeper.Domain.Clocks;

/// <summary>A time a clock did not count: from <paramref name="Start"/> until <paramref name="End"/> (null: still paused).</summary>
/// <param name="Note">Free text, e.g. "the client is asking their board".</param>
public sealed record ClockPause(DateTimeOffset Start, DateTimeOffset? End, PauseReason Reason, string? Note = null);
