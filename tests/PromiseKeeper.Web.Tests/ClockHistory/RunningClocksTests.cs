using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Web.ClockHistory;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.ClockHistory;

/// <summary>The sweep rewrites each incident's unmet stage clocks (the home page's due times) whenever it reads the incident.</summary>
public sealed class RunningClocksTests(WebAppFixture app) : ClockSweepTest(app)
{
    private static readonly DateTimeOffset HoldCallDueAt = Monday9.AddDays(2).AddHours(8);

    [Fact]
    public async Task The_sweep_writes_each_running_stage_clock_and_a_step_done_removes_its_row_at_the_next_read()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var id = await DiscoveredMondayAsync(owner);

        await SweepAsync(Monday9.AddHours(1));

        Assert.Equal(
            [("HoldCall", ClockKind.HoldCall, ClockState.Running, HoldCallWarnsAt, HoldCallDueAt), ("TellClient", ClockKind.TellClient, ClockState.Running, TellClientWarnsAt, TellClientDueAt)],
            (await RowsAsync(id)).Select(r => (r.ClockKey, r.Kind!.Value, r.State, r.WarnsAt, r.DueAt)));
        Assert.All(await RowsAsync(id), r => Assert.Equal((IncidentClockSubject.Stage, Monday9.AddHours(1)), (r.Subject, r.ReadAt)));

        var toldAt = Monday9.AddHours(2);
        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"""UPDATE "Incidents" SET "ClientToldAt" = {toldAt}, "LastChangedAt" = {toldAt} WHERE "Id" = {id}"""));
        await SweepAsync(Monday9.AddHours(3));

        var left = Assert.Single(await RowsAsync(id));
        Assert.Equal(("HoldCall", Monday9.AddHours(3)), (left.ClockKey, left.ReadAt));
    }

    [Fact]
    public async Task A_wait_on_the_client_marks_the_account_managers_clock_paused()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var id = await DiscoveredMondayAsync(owner, clientToldAt: Monday9.AddMinutes(15));
        await App.WithDbAsync(async db =>
        {
            var incident = await db.Incidents.Include(i => i.Pauses).SingleAsync(i => i.Id == id);
            incident.WaitOnClient(Monday9.AddHours(1), "Their board decides at two.", Actor.Create(owner.Id, owner.DisplayName), Monday9.AddHours(1));
            await db.SaveChangesAsync();
        });

        await SweepAsync(Monday9.AddHours(2));

        var row = Assert.Single(await RowsAsync(id));
        Assert.Equal((ClockKind.HoldCall, ClockState.Paused), (row.Kind!.Value, row.State));
    }

    [Fact]
    public async Task A_breached_clock_keeps_its_row_after_its_check_leaves_the_queue()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var id = await DiscoveredMondayAsync(owner);

        await SweepAsync(Monday9.AddDays(30));

        Assert.Null(await CheckAtAsync(id));
        Assert.Equal(
            [("HoldCall", ClockState.Breached), ("TellClient", ClockState.Breached)],
            (await RowsAsync(id)).Select(r => (r.ClockKey, r.State)));
    }

    private Task<List<RunningClock>> RowsAsync(long incidentId) =>
        App.WithDbAsync(db => db.Set<RunningClock>().AsNoTracking().Where(r => r.IncidentId == incidentId).OrderBy(r => r.ClockKey).ToListAsync());
}
