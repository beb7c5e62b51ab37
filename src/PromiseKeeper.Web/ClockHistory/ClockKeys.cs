using System.Globalization;
using PromiseKeeper.Domain.Clocks;

namespace PromiseKeeper.Web.ClockHistory;

/// <summary>How <see cref="ClockEvent.ClockKey"/> names one run of a clock, the same on every sweep.</summary>
public static class ClockKeys
{
    /// <summary>
    /// A stage's clock by its kind and start ("LegalReview@2026-11-23T09:00:00.0000000Z": asked again is a new run);
    /// a check-in's or measure's by its id and date (moved to another date is a new run).
    /// </summary>
    public static string Of(IncidentClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.Item is { } item
            ? string.Create(CultureInfo.InvariantCulture, $"{clock.Key}@{item.DueOn:yyyy-MM-dd}")
            : string.Create(CultureInfo.InvariantCulture, $"{clock.Key}@{clock.Clock.StartedAt.UtcDateTime:O}");
    }
}
