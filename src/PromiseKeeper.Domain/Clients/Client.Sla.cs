using PromiseKeeper.Domain.Clocks;

namespace PromiseKeeper.Domain.Clients;

// The client's SLA: its own response targets, in working days, over its team's for its incidents. A kind left empty keeps the team's.
public sealed partial class Client
{
    public decimal? TellClientDays { get; private set; }

    public decimal? HoldCallDays { get; private set; }

    public decimal? SendRecapDays { get; private set; }

    public decimal? SubmitRetroDays { get; private set; }

    public decimal? LegalReviewDays { get; private set; }

    /// <summary>The client's own target per kind; null where the team's applies (see <see cref="TeamClockRules.ForClient"/>).</summary>
    public IReadOnlyDictionary<ClockKind, decimal?> SlaDays() => SlaDaysOf(TellClientDays, HoldCallDays, SendRecapDays, SubmitRetroDays, LegalReviewDays);

    /// <summary>The days per kind in the order of <see cref="ClockKind"/>, as stored in the client's columns.</summary>
    public static IReadOnlyDictionary<ClockKind, decimal?> SlaDaysOf(
        decimal? tellClient, decimal? holdCall, decimal? sendRecap, decimal? submitRetro, decimal? legalReview) =>
        new Dictionary<ClockKind, decimal?>
        {
            [ClockKind.TellClient] = tellClient,
            [ClockKind.HoldCall] = holdCall,
            [ClockKind.SendRecap] = sendRecap,
            [ClockKind.SubmitRetro] = submitRetro,
            [ClockKind.LegalReview] = legalReview,
        };

    /// <summary>Checks the client's targets as typed: each empty (the team's applies) or a valid target; violations keyed by <see cref="ClockFields.Target"/>.</summary>
    public static Checked<IReadOnlyDictionary<ClockKind, decimal?>> ParseSla(IReadOnlyDictionary<ClockKind, decimal?> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var check = new RuleCheck();
        var valid = new Dictionary<ClockKind, decimal?>();
        foreach (var kind in ClockTargets.Kinds)
        {
            var value = days.GetValueOrDefault(kind);
            if (value is not null && ClockTargets.TargetMessage(value) is { } message)
            {
                check.Add(ClockFields.Target(kind), message);
            }

            valid[kind] = value;
        }

        return Checked<IReadOnlyDictionary<ClockKind, decimal?>>.From(check, () => valid);
    }

    /// <summary>Sets the client's targets (checked by <see cref="ParseSla"/>); returns whether anything changed.</summary>
    public bool ChangeSla(IReadOnlyDictionary<ClockKind, decimal?> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var before = SlaDays();
        TellClientDays = days.GetValueOrDefault(ClockKind.TellClient);
        HoldCallDays = days.GetValueOrDefault(ClockKind.HoldCall);
        SendRecapDays = days.GetValueOrDefault(ClockKind.SendRecap);
        SubmitRetroDays = days.GetValueOrDefault(ClockKind.SubmitRetro);
        LegalReviewDays = days.GetValueOrDefault(ClockKind.LegalReview);
        return ClockTargets.Kinds.Any(k => before[k] != SlaDays()[k]);
    }
}
