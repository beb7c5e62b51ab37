namespace PromiseKeeper.Web.Tests.Fixtures;

/// <summary>A clock that stands still, so the app's time rules give the same answer on every run.</summary>
public sealed class FixedClock : TimeProvider
{
    /// <summary>The instant the app believes it is, unless a test moves it.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public DateTimeOffset Now { get; set; } = Start;

    public override DateTimeOffset GetUtcNow() => Now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
