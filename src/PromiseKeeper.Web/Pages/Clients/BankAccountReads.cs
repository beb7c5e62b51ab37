using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Clients;

/// <summary>
/// The balances of clients' emotional bank accounts (<see cref="EmotionalBankAccount"/>), added up in SQL from the per-day
/// summary (<see cref="Figures.ClientBankDaysSql"/>). An incident that did not apply is no broken promise and moves
/// nothing; a measure is done on time when the date of its completion in its team's calendar zone is not after its due
/// date (<see cref="Figures.MeasureDoneOnTimeSql"/>).
/// </summary>
public static class BankAccountReads
{
    /// <summary>
    /// One row per client of <paramref name="clientIds"/>: the counts its balance is a sum of, now and
    /// <see cref="EmotionalBankAccount.TrendDays"/> days ago, added up in SQL from the per-day summary
    /// (<see cref="Figures.ClientBankDaysSql"/>), so the cost follows the days of the client's history, not its incidents.
    /// Composable: a caller may add its own per-client columns (the clients list adds the open incidents it may see) and
    /// still send one statement; a query may also join <see cref="PromiseKeeperDbContext.ClientBankTotals"/> itself (the
    /// incident page, for its incident's client).
    /// </summary>
    public static IQueryable<BankTotalsRow> TotalsQuery(PromiseKeeperDbContext db, IReadOnlyCollection<int> clientIds, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clientIds);
        return db.ClientBankTotals([.. clientIds.Distinct()], now, now.AddDays(-EmotionalBankAccount.TrendDays));
    }

    /// <summary>Each client's standing (one statement); a client with nothing recorded has a balance of 0.</summary>
    public static async Task<IReadOnlyDictionary<int, ClientStanding>> StandingsAsync(
        PromiseKeeperDbContext db, IReadOnlyCollection<int> clientIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clientIds);
        var rows = clientIds.Count == 0 ? [] : await TotalsQuery(db, clientIds, now).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.ClientId, r => r.Standing());
    }
}

/// <summary>A client's balance, its standing in words and its trend over the last <see cref="EmotionalBankAccount.TrendDays"/> days.</summary>
public sealed record ClientStanding(int Balance, BankStanding Standing, BankTrend Trend);

/// <summary>One client's counts behind its balance, now and <see cref="EmotionalBankAccount.TrendDays"/> days ago (<see cref="BankAccountReads.TotalsQuery"/>).</summary>
public sealed class BankTotalsRow
{
    public int ClientId { get; init; }

    public int Low { get; init; }

    public int Medium { get; init; }

    public int High { get; init; }

    public int Critical { get; init; }

    public int ToldLate { get; init; }

    public int OtherMistakes { get; init; }

    public int Blame { get; init; }

    public int WellHandled { get; init; }

    public int PromisesKept { get; init; }

    public int CheckInsDone { get; init; }

    public int BeforeLow { get; init; }

    public int BeforeMedium { get; init; }

    public int BeforeHigh { get; init; }

    public int BeforeCritical { get; init; }

    public int BeforeToldLate { get; init; }

    public int BeforeOtherMistakes { get; init; }

    public int BeforeBlame { get; init; }

    public int BeforeWellHandled { get; init; }

    public int BeforePromisesKept { get; init; }

    public int BeforeCheckInsDone { get; init; }

    public ClientStanding Standing()
    {
        var balance = EmotionalBankAccount.BalanceOf(new BankAccountTotals(Low, Medium, High, Critical, ToldLate, OtherMistakes, Blame, WellHandled, PromisesKept, CheckInsDone));
        var before = EmotionalBankAccount.BalanceOf(new BankAccountTotals(
            BeforeLow, BeforeMedium, BeforeHigh, BeforeCritical, BeforeToldLate, BeforeOtherMistakes, BeforeBlame, BeforeWellHandled, BeforePromisesKept, BeforeCheckInsDone));
        return new ClientStanding(balance, EmotionalBankAccount.StandingOf(balance), EmotionalBankAccount.TrendOf(balance, before));
    }
}
