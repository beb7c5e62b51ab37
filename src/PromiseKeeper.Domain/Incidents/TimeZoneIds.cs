namespace PromiseKeeper.Domain.Incidents;

/// <summary>IANA time zone ids known to the machine.</summary>
public static class TimeZoneIds
{
    public static bool IsKnown(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out _);
}
