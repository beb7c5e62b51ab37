using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Figures;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Figures;

/// <summary>
/// The IncidentFiguresQueue migration on a database that already holds incidents: it queues every one of them at its last
/// change, and its triggers queue the ones saved later. A database of its own, migrated down and up again.
/// </summary>
public sealed class FigureChecksMigrationTests
{
    private const string Migration = "IncidentFiguresQueue";

    [Fact]
    public async Task Migrating_up_queues_every_existing_incident_at_its_last_change_and_down_removes_the_triggers()
    {
        await using var database = await MigrationTestDatabase.CreateAsync(Migration, "promisekeeper_figures_migration");
        var db = database.Db;

        var now = FixedClock.Start;
        var owner = new ApplicationUser { UserName = "owner@tests.promisekeeper.test", Email = "owner@tests.promisekeeper.test", DisplayName = "Alex Morgan" };
        var client = Client.Create("Acme", LoyaltyLevel.Neutral, now);
        db.AddRange(owner, client);
        await db.SaveChangesAsync();
        var user = new TestUser(owner.Id, owner.Email, owner.DisplayName, [Roles.AccountManager]);
        var open = TestIncidents.Log(user, client.Id, now.AddDays(-3), now.AddDays(-3).AddHours(1));
        var older = TestIncidents.Log(user, client.Id, now.AddDays(-40), now.AddDays(-40).AddHours(2));
        older.MarkNotApplicable("The client demands a year of free work.", Actor.Create(owner.Id, owner.DisplayName), now.AddDays(-39));
        db.Incidents.AddRange(open, older);
        await db.SaveChangesAsync();

        await database.DownAsync();
        Assert.Equal(0, await TableCountAsync(db));

        // Up again, through whatever later migrations there are.
        await database.UpAsync();
        var queued = await db.Set<FigureCheck>().AsNoTracking().OrderBy(c => c.IncidentId).ToListAsync();
        Assert.Equal([(open.Id, open.LastChangedAt), (older.Id, older.LastChangedAt)], queued.Select(c => (c.IncidentId, c.CheckAt)));

        // The triggers are back: a new incident queues itself.
        var later = TestIncidents.Log(user, client.Id, now.AddHours(-1), now);
        db.Incidents.Add(later);
        await db.SaveChangesAsync();
        Assert.Equal(now, await db.Set<FigureCheck>().Where(c => c.IncidentId == later.Id).Select(c => c.CheckAt).SingleAsync());
    }

    private static async Task<int> TableCountAsync(PromiseKeeperDbContext db) =>
        await db.Database.SqlQuery<int>($"""SELECT count(*)::int AS "Value" FROM information_schema.tables WHERE table_name = 'FigureChecks'""").SingleAsync();
}
