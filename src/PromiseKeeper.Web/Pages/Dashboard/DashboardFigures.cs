using System.Globalization;
using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Pages.Dashboard;

/// <summary>How long an open incident has been known, in whole days of the reader's zone (<see cref="DashboardSql"/>'s buckets).</summary>
public enum DashboardAge
{
    /// <summary>Discovered today: under a day.</summary>
    Day,

    /// <summary>1 to 6 days.</summary>
    Week,

    /// <summary>7 to 27 days.</summary>
    Month,

    /// <summary>28 days or more.</summary>
    Older,
}

/// <summary>The whole scope's or one split value's counts (the "totals" figure).</summary>
public sealed class ScopeTotals(IReadOnlyDictionary<string, double?> values)
{
    public static readonly ScopeTotals Empty = new(new Dictionary<string, double?>());

    public int Count(string key) => values.TryGetValue(key, out var value) && value is { } v ? (int)v : 0;

    public double? Value(string key) => values.TryGetValue(key, out var value) ? value : null;

    public int Incidents => Count("incidents");

    /// <summary>Incidents whose figures row is not computed yet (counted in no share below).</summary>
    public int NotComputed => Incidents - Count("computed");

    /// <summary>A part of a whole, or null when the whole is 0.</summary>
    public static double? Share(int part, int whole) => whole == 0 ? null : (double)part / whole;

    public double? MistakeShare(char letter) => Share(Count(letter.ToString().ToLowerInvariant()), Count("computed"));

    public double? ToldFirstShare => Share(Count("toldFirst"), Count("told"));

    /// <summary>Blame findings per client-facing text sent.</summary>
    public double? BlamePerText => Count("texts") == 0 ? null : (double)Count("blame") / Count("texts");

    public int RatioKnown => Count("ratioUnder10") + Count("ratio10To4") + Count("ratio4To1") + Count("ratioOver1");

    public double? ShareUnderOneToTen => Share(Count("ratioUnder10"), RatioKnown);
}

public sealed record SplitTotals(string Value, string? Name, ScopeTotals Totals);

public sealed record RepeatRow(string Label, string? FilterValue, int Count);

public sealed record TrendBucket(DateOnly Start, DateOnly End, int Incidents, int Mistakes, int Breaches);

public sealed record TeamChoice(int Id, string Name);

/// <summary>The dashboard's figures, read from <see cref="DashboardSql"/>'s rows.</summary>
public sealed class DashboardFigures
{
    public static readonly IReadOnlyList<char> Mistakes = ['A', 'B', 'C', 'D', 'E'];

    public static readonly IReadOnlyList<ClockKind> StageClocks = [ClockKind.TellClient, ClockKind.HoldCall, ClockKind.SendRecap, ClockKind.SubmitRetro, ClockKind.LegalReview];

    public static readonly IReadOnlyList<PlaybookStage> OpenStages =
        [.. Enum.GetValues<PlaybookStage>().Where(s => s is not PlaybookStage.Closed and not PlaybookStage.NotApplicable)];

    public DashboardFigures(DashboardScope scope, IReadOnlyList<FigureRow> rows)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(rows);
        Scope = scope;
        ILookup<string, FigureRow> byFigure = rows.ToLookup(r => r.Figure);
        var names = byFigure[DashboardSql.SplitName].ToDictionary(r => r.Split!, r => r.Key);
        var totals = byFigure[DashboardSql.Totals].GroupBy(r => r.Split ?? "\0")
            .ToDictionary(g => g.Key, g => new ScopeTotals(g.ToDictionary(r => r.Key!, r => r.Value)));
        Totals = totals.GetValueOrDefault("\0") ?? ScopeTotals.Empty;
        Splits = [.. totals.Where(t => t.Key != "\0").OrderByDescending(t => t.Value.Incidents).ThenBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => new SplitTotals(t.Key, names.GetValueOrDefault(t.Key), t.Value))];
        Open = byFigure[DashboardSql.Open].ToDictionary(r => Pair<PlaybookStage, DashboardAge>(r.Key!), r => (int)r.Value!.Value);
        Clocks = byFigure[DashboardSql.Clocks].ToDictionary(r => Pair<ClockKind, ClockState>(r.Key!), r => (int)r.Value!.Value);
        Breaches = byFigure[DashboardSql.Breaches].ToDictionary(r => Enum.Parse<ClockKind>(r.Key!), r => (int)r.Value!.Value);
        Measures = new ScopeTotals(byFigure[DashboardSql.Measures].ToDictionary(r => r.Key!, r => r.Value));
        RepeatClients = [.. byFigure[DashboardSql.RepeatClient].Select(r => new RepeatRow(r.Key!, r.Split, (int)r.Value!.Value))];
        RepeatPromisers = [.. byFigure[DashboardSql.RepeatPromiser].Select(r => new RepeatRow(r.Key!, r.Key, (int)r.Value!.Value))];
        RepeatRootCauses = [.. byFigure[DashboardSql.RepeatRootCause].Select(r => new RepeatRow(r.Key!, r.Key, (int)r.Value!.Value))];
        RepeatKinds = [.. byFigure[DashboardSql.RepeatKind].Select(r => new RepeatRow(r.Key!, r.Key, (int)r.Value!.Value))];
        Teams = [.. byFigure[DashboardSql.Team].Select(r => new TeamChoice(int.Parse(r.Split!, CultureInfo.InvariantCulture), r.Key!)).OrderBy(t => t.Name, StringComparer.CurrentCulture)];
        Trend = TrendOf(scope, byFigure[DashboardSql.Trend], byFigure[DashboardSql.TrendBreaches]);
    }

    public DashboardScope Scope { get; }

    public ScopeTotals Totals { get; }

    public IReadOnlyList<SplitTotals> Splits { get; }

    public IReadOnlyDictionary<(PlaybookStage Stage, DashboardAge Age), int> Open { get; }

    /// <summary>Incidents with a stage clock of each kind past its warning (<see cref="ClockState.Warning"/>) or due (<see cref="ClockState.Breached"/>) now.</summary>
    public IReadOnlyDictionary<(ClockKind Kind, ClockState State), int> Clocks { get; }

    /// <summary>Stage clocks' breaches recorded for the period's incidents.</summary>
    public IReadOnlyDictionary<ClockKind, int> Breaches { get; }

    /// <summary>overdue, overdueIncidents, done, doneOnTime.</summary>
    public ScopeTotals Measures { get; }

    public IReadOnlyList<RepeatRow> RepeatClients { get; }

    public IReadOnlyList<RepeatRow> RepeatPromisers { get; }

    public IReadOnlyList<RepeatRow> RepeatRootCauses { get; }

    public IReadOnlyList<RepeatRow> RepeatKinds { get; }

    public IReadOnlyList<TrendBucket> Trend { get; }

    public IReadOnlyList<TeamChoice> Teams { get; }

    public int OpenCount(PlaybookStage stage) => Open.Where(o => o.Key.Stage == stage).Sum(o => o.Value);

    public int ClockCount(ClockKind kind, ClockState state) => Clocks.GetValueOrDefault((kind, state));

    /// <summary>The first and last day (inclusive) of discovery dates an age bucket covers, within the period; null when none.</summary>
    public (DateOnly First, DateOnly Last)? DaysOf(DashboardAge age)
    {
        var today = Scope.Today;
        var (first, last) = age switch
        {
            DashboardAge.Day => (today, today),
            DashboardAge.Week => (today.AddDays(-6), today.AddDays(-1)),
            DashboardAge.Month => (today.AddDays(-27), today.AddDays(-7)),
            _ => (DateOnly.MinValue, today.AddDays(-28)),
        };
        first = first < Scope.FirstDay ? Scope.FirstDay : first;
        last = last > Scope.LastDay ? Scope.LastDay : last;
        return first <= last ? (first, last) : null;
    }

    private static (TA, TB) Pair<TA, TB>(string key)
        where TA : struct, Enum
        where TB : struct, Enum
    {
        var parts = key.Split('|');
        return (Enum.Parse<TA>(parts[0]), Enum.Parse<TB>(parts[1]));
    }

    // Every week (from Monday) or month of the period, empty ones included, cut to the period at both ends.
    private static List<TrendBucket> TrendOf(DashboardScope scope, IEnumerable<FigureRow> counts, IEnumerable<FigureRow> breaches)
    {
        static DateOnly Day(string key) => DateOnly.ParseExact(key, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var incidents = counts.Where(r => r.Split == "incidents").ToDictionary(r => Day(r.Key!), r => (int)r.Value!.Value);
        var mistakes = counts.Where(r => r.Split == "mistakes").ToDictionary(r => Day(r.Key!), r => (int)r.Value!.Value);
        var breached = breaches.ToDictionary(r => Day(r.Key!), r => (int)r.Value!.Value);
        var start = scope.ByWeek
            ? scope.FirstDay.AddDays(-(((int)scope.FirstDay.DayOfWeek + 6) % 7))
            : new DateOnly(scope.FirstDay.Year, scope.FirstDay.Month, 1);
        var buckets = new List<TrendBucket>();
        for (var bucket = start; bucket <= scope.LastDay; bucket = scope.ByWeek ? bucket.AddDays(7) : bucket.AddMonths(1))
        {
            var end = (scope.ByWeek ? bucket.AddDays(7) : bucket.AddMonths(1)).AddDays(-1);
            buckets.Add(new TrendBucket(
                bucket < scope.FirstDay ? scope.FirstDay : bucket,
                end > scope.LastDay ? scope.LastDay : end,
                incidents.GetValueOrDefault(bucket),
                mistakes.GetValueOrDefault(bucket),
                breached.GetValueOrDefault(bucket)));
        }

        return buckets;
    }
}
