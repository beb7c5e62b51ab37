using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Figures;
using PromiseKeeper.Web.Infrastructure.Scheduling;
using PromiseKeeper.Web.Pages.Clients;
using PromiseKeeper.Web.Tests.Fixtures;
using PromiseKeeper.Web.Tests.Reminders;

namespace PromiseKeeper.Web.Tests.Clients;

/// <summary>
/// The MeasureDoneOnTime migration on a database whose bank-account summary was built by the old rule (the UTC date):
/// up, a measure on time only in its team's zone counts at once and its day is queued to be rebuilt; down, the old rule
/// is back the same way. A database of its own.
/// </summary>
public sealed class MeasureDoneOnTimeMigrationTests
{
    private const string Migration = "MeasureDoneOnTime";

    [Fact]
    public async Task Migrating_up_judges_measures_done_in_the_teams_zone_and_queues_the_days_it_changes_and_down_undoes_it()
    {
        await using var database = await MigrationTestDatabase.CreateAsync(Migration, "promisekeeper_measure_on_time_migration");
        var db = database.Db;
        await database.DownAsync();

        var now = FixedClock.Start;
        var team = new Team { Name = "Los Angeles desk", CreatedAt = now };
        var owner = new ApplicationUser { UserName = "owner@tests.promisekeeper.test", Email = "owner@tests.promisekeeper.test", DisplayName = "Alex Morgan" };
        var client = Client.Create("Acme", LoyaltyLevel.Neutral, now);
        db.AddRange(team, owner, client);
        await db.SaveChangesAsync();
        db.TeamClockSettings.Add(ReminderSeed.WorkingWeekIn(team.Id, "America/Los_Angeles"));
        var incident = TestIncidents.Log(new TestUser(owner.Id, owner.Email, owner.DisplayName, [Roles.AccountManager], team.Id), client.Id, now.AddDays(-20), now.AddDays(-20));
        db.Incidents.Add(incident);
        await db.SaveChangesAsync();
        // Due ten days ago, done at 03:00 UTC the day after: still the due date in Los Angeles, late by the UTC date.
        var due = DateOnly.FromDateTime(now.AddDays(-10).UtcDateTime);
        var doneAt = new DateTimeOffset(due.AddDays(1).ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "PreventionMeasures" ("Id", "IncidentId", "Description", "Owner", "DueOn", "Status", "DoneAt", "DoneByName")
            VALUES ({Guid.NewGuid()}, {incident.Id}, 'Check capacity first', 'Sam', {due}, 'Done', {doneAt}, 'Sam')
            """);
        await RefreshAsync(db, now);
        Assert.Equal(0, await BalanceAsync(db, client.Id, now));

        await database.UpAsync();
        Assert.Equal([(client.Id, due.AddDays(1))], await QueueAsync(db));
        Assert.Equal(1, await BalanceAsync(db, client.Id, now));
        await RefreshAsync(db, now);
        Assert.Equal(1, await BalanceAsync(db, client.Id, now));

        await database.DownAsync();
        Assert.Equal([(client.Id, due.AddDays(1))], await QueueAsync(db));
        Assert.Equal(0, await BalanceAsync(db, client.Id, now));
        Assert.Equal(0, await db.Database.SqlQuery<int>($"""
            SELECT count(*)::int AS "Value" FROM information_schema.columns WHERE table_name = 'PreventionMeasures' AND column_name = 'DoneOnTime'
            """).SingleAsync());
    }

    private static async Task RefreshAsync(PromiseKeeperDbContext db, DateTimeOffset now)
    {
        var refresh = new ClientBankDaysRefresh(db, Options.Create(new SchedulerOptions()));
        while (await refresh.RunOnceAsync(now, default) > 0)
        {
        }

        Assert.Empty(await QueueAsync(db));
    }

    private static async Task<int> BalanceAsync(PromiseKeeperDbContext db, int clientId, DateTimeOffset now) =>
        (await BankAccountReads.StandingsAsync(db, [clientId], now, default))[clientId].Balance;

    private static async Task<List<(int ClientId, DateOnly Day)>> QueueAsync(PromiseKeeperDbContext db) =>
        [.. (await db.Database
            .SqlQueryRaw<ClientBankDaysRefresh.ClientDay>("""SELECT "ClientId", "Day" FROM "ClientBankDayChecks" ORDER BY "Day", "ClientId" """)
            .ToListAsync()).Select(c => (c.ClientId, c.Day))];
}
