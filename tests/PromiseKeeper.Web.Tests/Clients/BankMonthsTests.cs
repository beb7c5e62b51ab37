using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Figures;
using PromiseKeeper.Web.Pages.Clients;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Clients;

/// <summary>
/// The bank account's months ("ClientBankMonths"): each stays the sum of its days through every rebuild, also when two
/// refreshes rebuild days of the same month at once, and a balance read through them equals the one counted live, also
/// while a day of an old month is queued.
/// </summary>
public sealed class BankMonthsTests(WebAppFixture app) : WebAppTest(app)
{
    /// <summary>Summary months whose counts differ from the sums of their days (a month of zeros with no days is fine).</summary>
    private const string MonthsOffTheirDaysSql = """
        WITH days AS (
            SELECT "ClientId", date_trunc('month', "Day")::date AS "Month",
                   sum("Low") AS "Low", sum("Medium") AS "Medium", sum("High") AS "High", sum("Critical") AS "Critical",
                   sum("ToldLate") AS "ToldLate", sum("OtherMistakes") AS "OtherMistakes", sum("Blame") AS "Blame",
                   sum("WellHandled") AS "WellHandled", sum("PromisesKept") AS "PromisesKept", sum("CheckInsDone") AS "CheckInsDone"
            FROM "ClientBankDays" GROUP BY 1, 2
        )
        SELECT count(*)::int AS "Value"
        FROM days AS d FULL JOIN "ClientBankMonths" AS m ON m."ClientId" = d."ClientId" AND m."Month" = d."Month"
        WHERE ROW(coalesce(d."Low", 0), coalesce(d."Medium", 0), coalesce(d."High", 0), coalesce(d."Critical", 0),
                  coalesce(d."ToldLate", 0), coalesce(d."OtherMistakes", 0), coalesce(d."Blame", 0), coalesce(d."WellHandled", 0),
                  coalesce(d."PromisesKept", 0), coalesce(d."CheckInsDone", 0))
              IS DISTINCT FROM
              ROW(coalesce(m."Low", 0), coalesce(m."Medium", 0), coalesce(m."High", 0), coalesce(m."Critical", 0),
                  coalesce(m."ToldLate", 0), coalesce(m."OtherMistakes", 0), coalesce(m."Blame", 0), coalesce(m."WellHandled", 0),
                  coalesce(m."PromisesKept", 0), coalesce(m."CheckInsDone", 0))
        """;

    [Fact]
    public async Task A_balance_read_through_months_equals_the_live_count_also_while_a_day_of_an_old_month_is_queued()
    {
        var clientId = await App.AddClientAsync("Globex");
        var ana = await App.CreateUserAsync(Roles.AccountManager, "Ana");
        var now = App.Clock.GetUtcNow();
        var oldMonth = FirstOfMonth(now.AddDays(-200));
        // Two days of a month long before "90 days ago": low (−1) and medium (−2); ten days ago: high (−4).
        var first = await IncidentAsync(ana, oldMonth.AddDays(1).AddHours(12), Severity.Low);
        await IncidentAsync(ana, oldMonth.AddDays(2).AddHours(12), Severity.Medium);
        await IncidentAsync(ana, now.AddDays(-10), Severity.High);
        await App.RefreshClientBankDaysAsync();
        Assert.Equal(0, await MonthsOffTheirDaysAsync());
        Assert.Equal(1, await MonthRowsAsync(clientId, oldMonth));
        Assert.Equal(await LiveAsync(clientId, now), await StandingAsync(clientId, now));
        Assert.Equal(-7, (await StandingAsync(clientId, now)).Balance);

        // The first turns out critical (−6): its day is queued; the old month's row is stale until the refresh, so the
        // balance reads that month day by day and the queued day live.
        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"""UPDATE "IncidentFigures" SET "Severity" = 'Critical' WHERE "IncidentId" = {first.Id}"""));
        Assert.Equal(-12, (await StandingAsync(clientId, now)).Balance);
        Assert.Equal(await LiveAsync(clientId, now), await StandingAsync(clientId, now));

        Assert.Equal(1, await App.RefreshClientBankDaysAsync());
        Assert.Equal(0, await MonthsOffTheirDaysAsync());
        Assert.Equal(await LiveAsync(clientId, now), await StandingAsync(clientId, now));
        Assert.Equal(-12, (await StandingAsync(clientId, now)).Balance);
    }

    [Fact]
    public async Task Two_refreshes_rebuilding_days_of_the_same_month_at_once_both_count_in_the_month()
    {
        var clientId = await App.AddClientAsync("Globex");
        var ana = await App.CreateUserAsync(Roles.AccountManager, "Ana");
        var now = App.Clock.GetUtcNow();
        var oldMonth = FirstOfMonth(now.AddDays(-200));
        var first = await IncidentAsync(ana, oldMonth.AddDays(1).AddHours(12), Severity.Low);
        var second = await IncidentAsync(ana, oldMonth.AddDays(2).AddHours(12), Severity.Low);
        await App.RefreshClientBankDaysAsync();
        // Both days change: two queued days of one month.
        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"""UPDATE "IncidentFigures" SET "Severity" = 'High' WHERE "IncidentId" IN ({first.Id}, {second.Id})"""));

        // One instance claims a day and rebuilds it, its month included, and has not committed yet, while the other
        // rebuilds the other day and waits for the first's month row.
        Assert.Equal(1, await App.WhileHeldAsync<ClientBankDaysRefresh.ClientDay>(
            ClientBankDaysRefresh.ClaimSql,
            [ClientBankDaysRefresh.SubtractDaysFromMonthsSql, ClientBankDaysRefresh.DeleteRowsSql, ClientBankDaysRefresh.InsertRowsSql,
             ClientBankDaysRefresh.AddDaysToMonthsSql, ClientBankDaysRefresh.DeleteChecksSql],
            claimed =>
            [
                new NpgsqlParameter("clients", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = new[] { claimed.ClientId } },
                new NpgsqlParameter("days", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = new[] { claimed.Day } },
            ],
            App.RefreshClientBankDaysAsync,
            async () => await WaitingForALockAsync() > 0));

        Assert.Equal(0, await MonthsOffTheirDaysAsync());
        Assert.Equal(-8, (await StandingAsync(clientId, now)).Balance);
        Assert.Equal(await LiveAsync(clientId, now), await StandingAsync(clientId, now));
    }

    private static DateTimeOffset FirstOfMonth(DateTimeOffset at) => new(at.UtcDateTime.Year, at.UtcDateTime.Month, 1, 0, 0, 0, TimeSpan.Zero);

    private async Task<Incident> IncidentAsync(TestUser owner, DateTimeOffset discoveredAt, Severity severity)
    {
        var incident = await App.AnIncident(owner).ForClient("Globex").DiscoveredAt(discoveredAt).LoggedAt(App.Clock.GetUtcNow()).SaveAsync();
        await App.AddFiguresAsync(incident.Id, severity);
        return incident;
    }

    private Task<int> MonthsOffTheirDaysAsync() =>
        App.WithDbAsync(db => db.Database.SqlQueryRaw<int>(MonthsOffTheirDaysSql).SingleAsync());

    private Task<int> MonthRowsAsync(int clientId, DateTimeOffset month) =>
        App.WithDbAsync(db => db.Database.SqlQuery<int>(
            $"""SELECT count(*)::int AS "Value" FROM "ClientBankMonths" WHERE "ClientId" = {clientId} AND "Month" = {DateOnly.FromDateTime(month.UtcDateTime)}""").SingleAsync());

    private Task<int> WaitingForALockAsync() =>
        App.WithDbAsync(db => db.Database.SqlQueryRaw<int>("""
            SELECT count(*)::int AS "Value" FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%ClientBankMonths%'
            """).SingleAsync());

    /// <summary>The standing counted from every change (the reference read), with the summary's trend rule.</summary>
    private async Task<ClientStanding> LiveAsync(int clientId, DateTimeOffset now)
    {
        var entries = await App.WithDbAsync(db => BankEntriesReference.EntriesAsync(db, clientId, default));
        var balance = EmotionalBankAccount.BalanceAt(entries, now);
        var before = EmotionalBankAccount.BalanceAt(entries, now.AddDays(-EmotionalBankAccount.TrendDays));
        return new ClientStanding(balance, EmotionalBankAccount.StandingOf(balance), EmotionalBankAccount.TrendOf(balance, before));
    }

    private Task<ClientStanding> StandingAsync(int clientId, DateTimeOffset now) =>
        App.WithDbAsync(async db => (await BankAccountReads.StandingsAsync(db, [clientId], now, default))[clientId]);
}
