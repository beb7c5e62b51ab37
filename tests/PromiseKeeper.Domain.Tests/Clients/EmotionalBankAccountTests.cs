using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Domain.Tests.Clients;

/// <summary><see cref="EmotionalBankAccount"/>: withdrawals and deposits in time order, worked by hand.</summary>
public class EmotionalBankAccountTests
{
    private static readonly DateTimeOffset Day1 = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    private static IncidentBankFacts Incident(long id, int day, Severity? severity, bool toldLate = false, int mistakes = 0, int blame = 0, int? closedOnDay = null, bool accepted = false) =>
        new(id, Day1.AddDays(day), severity, toldLate, mistakes, blame, closedOnDay is { } d ? Day1.AddDays(d) : null, accepted);

    [Fact]
    public void A_high_incident_told_late_with_another_mistake_and_two_blame_findings_withdraws_nine()
    {
        // High 4 + told late 2 + one other mistake (B–E) 1 + two blame findings 2 = 9.
        var entries = EmotionalBankAccount.Entries([Incident(1, 0, Severity.High, toldLate: true, mistakes: 2, blame: 2)], []);

        var entry = Assert.Single(entries);
        Assert.Equal(-9, entry.Change);
        Assert.Equal(-9, entry.BalanceAfter);
        Assert.Equal(
            ["withdrawal.severity-high", "withdrawal.told-late", "withdrawal.other-mistakes", "withdrawal.blame-findings"],
            entry.Parts.Select(p => p.Key));
        Assert.Equal([-4, -2, -1, -2], entry.Parts.Select(p => p.Points));
        Assert.Equal(BankStanding.Overdrawn, EmotionalBankAccount.StandingOf(entry.BalanceAfter));
    }

    [Fact]
    public void Blame_findings_withdraw_at_most_three_per_incident()
    {
        // Low 1 + blame capped at 3 = 4, not 1 + 7.
        var entry = Assert.Single(EmotionalBankAccount.Entries([Incident(1, 0, Severity.Low, blame: 7)], []));

        Assert.Equal(-4, entry.Change);
    }

    [Fact]
    public void A_well_handled_incident_withdraws_on_discovery_and_deposits_three_when_closed()
    {
        // Medium: −2 on day 0; closed on day 10, no mistakes, offer accepted: +3 → balance 1.
        var entries = EmotionalBankAccount.Entries([Incident(7, 0, Severity.Medium, closedOnDay: 10, accepted: true)], []);

        Assert.Equal([BankEntryKind.Incident, BankEntryKind.WellHandled], entries.Select(e => e.Kind));
        Assert.Equal([-2, 3], entries.Select(e => e.Change));
        Assert.Equal([-2, 1], entries.Select(e => e.BalanceAfter));
        Assert.Equal(Day1.AddDays(10), entries[1].At);
    }

    [Theory]
    [InlineData(1, true)]  // a mistake
    [InlineData(0, false)] // the offer not accepted
    public void An_incident_with_a_mistake_or_without_an_accepted_offer_is_not_well_handled(int mistakes, bool accepted)
    {
        var entries = EmotionalBankAccount.Entries([Incident(7, 0, Severity.Low, mistakes: mistakes, closedOnDay: 3, accepted: accepted)], []);

        Assert.DoesNotContain(entries, e => e.Kind == BankEntryKind.WellHandled);
    }

    [Fact]
    public void An_incident_without_figures_withdraws_nothing_and_is_never_well_handled()
    {
        var entry = Assert.Single(EmotionalBankAccount.Entries([Incident(3, 0, severity: null, closedOnDay: 2, accepted: true)], []));

        Assert.Equal(0, entry.Change);
        Assert.Equal("withdrawal.not-computed", Assert.Single(entry.Parts).Key);
    }

    [Fact]
    public void Entries_run_in_time_order_with_a_running_balance()
    {
        // Day 0 critical (−6) → −6; day 2 check-in done (+1) → −5; day 5 low told late (−1 −2) → −8; day 9 measure kept (+1) → −7.
        var entries = EmotionalBankAccount.Entries(
            [Incident(2, 5, Severity.Low, toldLate: true, mistakes: 1), Incident(1, 0, Severity.Critical)],
            [new KeptPromiseFacts(1, Day1.AddDays(9), BankEntryKind.PromiseKept), new KeptPromiseFacts(1, Day1.AddDays(2), BankEntryKind.CheckInDone)]);

        Assert.Equal([-6, 1, -3, 1], entries.Select(e => e.Change));
        Assert.Equal([-6, -5, -8, -7], entries.Select(e => e.BalanceAfter));
        Assert.Equal(-5, EmotionalBankAccount.BalanceAt(entries, Day1.AddDays(4)));
        Assert.Equal(0, EmotionalBankAccount.BalanceAt(entries, Day1.AddDays(-1)));
        Assert.Equal(-7, EmotionalBankAccount.BalanceAt(entries, Day1.AddDays(30)));
    }

    [Fact]
    public void The_balance_from_totals_is_the_sum_of_the_entries()
    {
        IncidentBankFacts[] incidents =
        [
            Incident(1, 0, Severity.Low), Incident(2, 1, Severity.Medium, closedOnDay: 4, accepted: true),
            Incident(3, 2, Severity.High, toldLate: true, mistakes: 3, blame: 5), Incident(4, 3, Severity.Critical, mistakes: 1, blame: 1),
        ];
        KeptPromiseFacts[] kept =
        [
            new(1, Day1.AddDays(6), BankEntryKind.PromiseKept), new(2, Day1.AddDays(7), BankEntryKind.PromiseKept),
            new(3, Day1.AddDays(8), BankEntryKind.CheckInDone),
        ];
        // −1 −2 −4 −6 (severity) −2 (told late) −3 (mistakes: 2 others of #3, 1 of #4) −4 (blame 3 + 1) +3 (well handled) +2 +1 = −16.
        var totals = new BankAccountTotals(1, 1, 1, 1, ToldLate: 1, OtherMistakes: 3, BlameFindingsCounted: 4, WellHandled: 1, PromisesKept: 2, CheckInsDone: 1);

        Assert.Equal(-16, EmotionalBankAccount.BalanceOf(totals));
        Assert.Equal(-16, EmotionalBankAccount.Entries(incidents, kept)[^1].BalanceAfter);
    }

    [Theory]
    [InlineData(-6, BankStanding.Overdrawn)]
    [InlineData(-5, BankStanding.Strained)]
    [InlineData(-1, BankStanding.Strained)]
    [InlineData(0, BankStanding.Even)]
    [InlineData(4, BankStanding.Even)]
    [InlineData(5, BankStanding.InCredit)]
    public void Standing_follows_the_thresholds(int balance, BankStanding standing) =>
        Assert.Equal(standing, EmotionalBankAccount.StandingOf(balance));

    [Theory]
    [InlineData(-3, -5, BankTrend.Up)]
    [InlineData(-5, -3, BankTrend.Down)]
    [InlineData(2, 2, BankTrend.Flat)]
    public void The_trend_compares_now_with_before(int now, int before, BankTrend trend) =>
        Assert.Equal(trend, EmotionalBankAccount.TrendOf(now, before));
}
