namespace PromiseKeeper.Domain.Clocks;

/// <summary>The names of the clock settings' fields, as <see cref="RuleViolation.Field"/> reports them.</summary>
public static class ClockFields
{
    public const string TimeZoneId = nameof(TimeZoneId);
    public const string WorkingDays = nameof(WorkingDays);
    public const string WorkStarts = nameof(WorkStarts);
    public const string WorkEnds = nameof(WorkEnds);
    public const string Holidays = nameof(Holidays);
    public const string WarnSharePercent = nameof(WarnSharePercent);

    /// <summary>The field of one kind's target, e.g. "TellClientDays".</summary>
    public static string Target(ClockKind kind) => kind + "Days";
}
