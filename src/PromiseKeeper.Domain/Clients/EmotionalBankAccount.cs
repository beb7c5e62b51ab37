using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Domain.Clients;

/// <summary>
/// The client's "emotional bank account" with us (docs/adr/0026-client-standing-and-bank-account.md), starting at 0:
/// <list type="bullet">
/// <item>an incident withdraws when it is discovered: by severity (low 1, medium 2, high 4, critical 6), 2 more when the
/// client was told late (mistake A), 1 per other mistake (B–E), 1 per blame finding in a sent text (at most 3);
/// an incident whose figures are not computed yet withdraws nothing until they are;</item>
/// <item>a well-handled incident (closed, no mistakes, the offer accepted) deposits 3 when it is closed;</item>
/// <item>a prevention measure done on or before its due date (a promise kept) deposits 1, and so does a check-in done.</item>
/// </list>
/// Standing: 5 and up in credit, 0 to 4 even, −1 to −5 strained, −6 and below overdrawn. An overdrawn account makes
/// severity's relationship factor count one level worse (<see cref="SeverityRules"/>).
/// </summary>
public static class EmotionalBankAccount
{
    public const int LowWithdrawal = 1;
    public const int MediumWithdrawal = 2;
    public const int HighWithdrawal = 4;
    public const int CriticalWithdrawal = 6;
    public const int ToldLateWithdrawal = 2;
    public const int OtherMistakeWithdrawal = 1;
    public const int BlameFindingWithdrawal = 1;
    public const int MaxBlameFindingsPerIncident = 3;
    public const int WellHandledDeposit = 3;
    public const int PromiseKeptDeposit = 1;
    public const int CheckInDoneDeposit = 1;

    /// <summary>At or below this balance the account is overdrawn.</summary>
    public const int OverdrawnAtOrBelow = -6;

    /// <summary>At or above this balance the account is in credit.</summary>
    public const int InCreditFrom = 5;

    /// <summary>The trend compares the balance now with the balance this many days ago.</summary>
    public const int TrendDays = 90;

    /// <summary>Every change of the balance in time order (ties: incidents first, then by incident), each with the balance after it.</summary>
    public static IReadOnlyList<BankEntry> Entries(IEnumerable<IncidentBankFacts> incidents, IEnumerable<KeptPromiseFacts> keptPromises)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(keptPromises);
        var changes = new List<(DateTimeOffset At, BankEntryKind Kind, long IncidentId, IReadOnlyList<BankPart> Parts)>();
        foreach (var incident in incidents)
        {
            changes.Add((incident.DiscoveredAt, BankEntryKind.Incident, incident.IncidentId, Withdrawal(incident)));
            if (IsWellHandled(incident))
            {
                changes.Add((incident.ClosedAt!.Value, BankEntryKind.WellHandled, incident.IncidentId, [new BankPart("deposit.well-handled", WellHandledDeposit)]));
            }
        }

        foreach (var kept in keptPromises)
        {
            changes.Add(kept.Kind switch
            {
                BankEntryKind.PromiseKept => (kept.DoneAt, kept.Kind, kept.IncidentId, [new BankPart("deposit.promise-kept", PromiseKeptDeposit)]),
                BankEntryKind.CheckInDone => (kept.DoneAt, kept.Kind, kept.IncidentId, [new BankPart("deposit.check-in-done", CheckInDoneDeposit)]),
                _ => throw new ArgumentOutOfRangeException(nameof(keptPromises), kept.Kind, "Only kept promises and check-ins done are deposits of their own."),
            });
        }

        var balance = 0;
        var entries = new List<BankEntry>(changes.Count);
        foreach (var change in changes.OrderBy(c => c.At).ThenBy(c => c.Kind).ThenBy(c => c.IncidentId))
        {
            var points = change.Parts.Sum(p => p.Points);
            balance += points;
            entries.Add(new BankEntry(change.At, change.Kind, change.IncidentId, change.Parts, points, balance));
        }

        return entries;
    }

    /// <summary>The balance after every entry up to <paramref name="asOf"/> (0 before the first).</summary>
    public static int BalanceAt(IReadOnlyList<BankEntry> entries, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries.LastOrDefault(e => e.At <= asOf)?.BalanceAfter ?? 0;
    }

    /// <summary>The balance from counts added up elsewhere: the same sum as the entries' changes.</summary>
    public static int BalanceOf(BankAccountTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        return -(totals.LowIncidents * LowWithdrawal)
            - (totals.MediumIncidents * MediumWithdrawal)
            - (totals.HighIncidents * HighWithdrawal)
            - (totals.CriticalIncidents * CriticalWithdrawal)
            - (totals.ToldLate * ToldLateWithdrawal)
            - (totals.OtherMistakes * OtherMistakeWithdrawal)
            - (totals.BlameFindingsCounted * BlameFindingWithdrawal)
            + (totals.WellHandled * WellHandledDeposit)
            + (totals.PromisesKept * PromiseKeptDeposit)
            + (totals.CheckInsDone * CheckInDoneDeposit);
    }

    public static BankStanding StandingOf(int balance) => balance switch
    {
        <= OverdrawnAtOrBelow => BankStanding.Overdrawn,
        < 0 => BankStanding.Strained,
        < InCreditFrom => BankStanding.Even,
        _ => BankStanding.InCredit,
    };

    /// <summary>Up, down or flat: the balance now against the balance <see cref="TrendDays"/> days before.</summary>
    public static BankTrend TrendOf(int balanceNow, int balanceBefore) =>
        balanceNow > balanceBefore ? BankTrend.Up : balanceNow < balanceBefore ? BankTrend.Down : BankTrend.Flat;

    /// <summary>Closed without any mistake, with the offer accepted (needs the figures: unknown mistakes are not "none").</summary>
    public static bool IsWellHandled(IncidentBankFacts incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return incident.ClosedAt is not null && incident.Severity is not null && incident.MistakeCount == 0 && incident.OfferAccepted;
    }

    private static List<BankPart> Withdrawal(IncidentBankFacts incident)
    {
        if (incident.Severity is not { } severity)
        {
            return [new BankPart("withdrawal.not-computed", 0)];
        }

        var parts = new List<BankPart>
        {
            severity switch
            {
                Severity.Low => new BankPart("withdrawal.severity-low", -LowWithdrawal),
                Severity.Medium => new BankPart("withdrawal.severity-medium", -MediumWithdrawal),
                Severity.High => new BankPart("withdrawal.severity-high", -HighWithdrawal),
                _ => new BankPart("withdrawal.severity-critical", -CriticalWithdrawal),
            },
        };
        if (incident.ToldLate)
        {
            parts.Add(new BankPart("withdrawal.told-late", -ToldLateWithdrawal));
        }

        var others = Math.Max(0, incident.MistakeCount - (incident.ToldLate ? 1 : 0));
        if (others > 0)
        {
            parts.Add(new BankPart("withdrawal.other-mistakes", -others * OtherMistakeWithdrawal));
        }

        var blame = Math.Min(Math.Max(0, incident.BlameFindingsSent), MaxBlameFindingsPerIncident);
        if (blame > 0)
        {
            parts.Add(new BankPart("withdrawal.blame-findings", -blame * BlameFindingWithdrawal));
        }

        return parts;
    }
}
