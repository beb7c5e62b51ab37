using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Clocks;

/// <summary>
/// A team's response target for each <see cref="ClockKind"/>, in working days (fractions allowed: 0.5 is half a
/// working day), and the share of a target at which its clock warns.
/// </summary>
public sealed record ClockTargets
{
    public const decimal DefaultWarnSharePercent = 75m;

    /// <summary>A target longer than a working year is a typing mistake.</summary>
    public const decimal MaxDays = 250m;

    private readonly Dictionary<ClockKind, decimal> _days;

    private ClockTargets(IReadOnlyDictionary<ClockKind, decimal> days, decimal warnSharePercent)
    {
        _days = new Dictionary<ClockKind, decimal>(days);
        WarnSharePercent = warnSharePercent;
    }

    /// <summary>1 working day to tell the client and 3 to hold the call (from the discovery), 1 for the recap (from the call),
    /// 10 for the retro (from the recap), 2 for the legal review (from the request); warn at 75 %.</summary>
    public static ClockTargets Default { get; } = new(
        new Dictionary<ClockKind, decimal>
        {
            [ClockKind.TellClient] = 1m,
            [ClockKind.HoldCall] = 3m,
            [ClockKind.SendRecap] = 1m,
            [ClockKind.SubmitRetro] = 10m,
            [ClockKind.LegalReview] = 2m,
        },
        DefaultWarnSharePercent);

    public static IReadOnlyList<ClockKind> Kinds { get; } = Enum.GetValues<ClockKind>();

    public decimal WarnSharePercent { get; }

    public decimal DaysFor(ClockKind kind) => _days[kind];

    /// <summary>These targets with some replaced (a client's SLA over its team's targets); the warn share stays.</summary>
    /// <exception cref="DomainException">A replacing target of zero or less or too long.</exception>
    public ClockTargets With(IReadOnlyDictionary<ClockKind, decimal> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        if (overrides.Count == 0)
        {
            return this;
        }

        var days = new Dictionary<ClockKind, decimal>(_days);
        foreach (var (kind, value) in overrides)
        {
            days[kind] = value;
        }

        return Of(days, WarnSharePercent);
    }

    /// <summary>Targets with the given days, one for every kind.</summary>
    /// <exception cref="DomainException">A target of zero or less or too long, or a warn share outside 0-100 %.</exception>
    public static ClockTargets Of(IReadOnlyDictionary<ClockKind, decimal> days, decimal warnSharePercent)
    {
        ArgumentNullException.ThrowIfNull(days);
        var check = new RuleCheck();
        var targets = Check(check, days.ToDictionary(d => d.Key, d => (decimal?)d.Value), warnSharePercent);
        check.ThrowIfAny();
        return targets!;
    }

    /// <summary>Records in <paramref name="check"/> what is wrong with the targets; null when anything is.</summary>
    internal static ClockTargets? Check(RuleCheck check, IReadOnlyDictionary<ClockKind, decimal?> days, decimal? warnSharePercent)
    {
        var valid = new Dictionary<ClockKind, decimal>();
        foreach (var kind in Kinds)
        {
            days.TryGetValue(kind, out var value);
            if (TargetMessage(value) is { } message)
            {
                check.Add(ClockFields.Target(kind), message);
            }
            else
            {
                valid[kind] = value!.Value;
            }
        }

        var shareValid = false;
        if (warnSharePercent is not ({ } share and > 0m and < 100m))
        {
            check.Add(ClockFields.WarnSharePercent, Messages.Of("clock.warn-share-range"));
        }
        else if (decimal.Round(share, 2) != share)
        {
            check.Add(ClockFields.WarnSharePercent, Messages.Of("clock.target-decimals"));
        }
        else
        {
            shareValid = true;
        }

        return valid.Count == Kinds.Count && shareValid ? new ClockTargets(valid, warnSharePercent!.Value) : null;
    }

    /// <summary>What is wrong with one target in working days, or null.</summary>
    public static string? TargetMessage(decimal? days) => days switch
    {
        null => Messages.Of("clock.target-missing"),
        <= 0m => Messages.Of("clock.target-not-positive"),
        > MaxDays => Messages.Of("clock.target-too-long", ("Max", MaxDays)),
        _ when decimal.Round(days.Value, 2) != days.Value => Messages.Of("clock.target-decimals"),
        _ => null,
    };
}
