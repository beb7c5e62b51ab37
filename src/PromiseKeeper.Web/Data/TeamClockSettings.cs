using PromiseKeeper.Domain.Clocks;

namespace PromiseKeeper.Web.Data;

/// <summary>
/// A team's working calendar and response targets, as its lead or an admin saved them. A team without a row works to
/// <see cref="TeamClockRules.Default"/>; <see cref="Rules"/> turns a row into the domain's rules.
/// </summary>
public sealed class TeamClockSettings
{
    /// <summary>The team; one row per team at most.</summary>
    public int TeamId { get; set; }

    public string TimeZoneId { get; set; } = string.Empty;

    /// <summary>One bit per <see cref="DayOfWeek"/> (bit 0 Sunday … bit 6 Saturday).</summary>
    public int WorkingDays { get; set; }

    public TimeOnly WorkStarts { get; set; }

    public TimeOnly WorkEnds { get; set; }

    public List<DateOnly> Holidays { get; set; } = [];

    public decimal TellClientDays { get; set; }

    public decimal HoldCallDays { get; set; }

    public decimal SendRecapDays { get; set; }

    public decimal SubmitRetroDays { get; set; }

    public decimal LegalReviewDays { get; set; }

    public decimal WarnSharePercent { get; set; }

    /// <summary>PostgreSQL's xmin: a save from a form rendered before another save is refused.</summary>
    public uint Version { get; set; }

    public static int DaysMask(IEnumerable<DayOfWeek> days) => days.Aggregate(0, (mask, day) => mask | (1 << (int)day));

    public static IReadOnlyList<DayOfWeek> DaysOf(int mask) => [.. Enum.GetValues<DayOfWeek>().Where(d => (mask & (1 << (int)d)) != 0)];

    public IReadOnlyDictionary<ClockKind, decimal?> TargetDays() => new Dictionary<ClockKind, decimal?>
    {
        [ClockKind.TellClient] = TellClientDays,
        [ClockKind.HoldCall] = HoldCallDays,
        [ClockKind.SendRecap] = SendRecapDays,
        [ClockKind.SubmitRetro] = SubmitRetroDays,
        [ClockKind.LegalReview] = LegalReviewDays,
    };

    public ClockSettingsInput ToInput() =>
        new(TimeZoneId, DaysOf(WorkingDays), WorkStarts, WorkEnds, HolidayList.Format(Holidays), TargetDays(), WarnSharePercent);

    /// <summary>The team's rules; the defaults for a team that has no settings (null).</summary>
    public static TeamClockRules Rules(TeamClockSettings? settings) =>
        settings is null ? TeamClockRules.Default : TeamClockRules.Parse(settings.ToInput()).OrThrow();
}
