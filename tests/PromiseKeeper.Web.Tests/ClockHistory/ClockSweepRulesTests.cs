using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.ClockHistory;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.ClockHistory;

/// <summary>The sweep reads the clocks as the incident page shows them: with the waits on the client and the client's own targets.</summary>
public sealed class ClockSweepRulesTests(WebAppFixture app) : ClockSweepTest(app)
{
    [Fact]
    public async Task A_wait_on_the_client_pushes_the_next_warning_out_by_the_working_time_it_lasted()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var id = await DiscoveredMondayAsync(owner, clientToldAt: Monday9.AddMinutes(15));
        await App.WithDbAsync(async db =>
        {
            var incident = await db.Incidents.Include(i => i.Pauses).SingleAsync(i => i.Id == id);
            var actor = Actor.Create(owner.Id, owner.DisplayName);
            incident.WaitOnClient(Monday9.AddHours(1), "Their board decides at two.", actor, Monday9.AddHours(1));
            incident.ClientAnswered(actor, Monday9.AddHours(5));
            await db.SaveChangesAsync();
        });

        await SweepAsync(Monday9.AddHours(9));

        // Four working hours waited: the call's warning moves from Wednesday 11:00 to 15:00.
        Assert.Equal(HoldCallWarnsAt.AddHours(4), await CheckAtAsync(id));
    }

    [Fact]
    public async Task A_change_of_the_clients_own_targets_requeues_its_open_incidents_and_the_sweep_applies_them()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var id = await DiscoveredMondayAsync(owner, clientToldAt: Monday9.AddMinutes(15));
        await SweepAsync(Monday9.AddHours(9));
        Assert.Equal(HoldCallWarnsAt, await CheckAtAsync(id));

        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"""UPDATE "Clients" SET "SlaHoldCallDays" = 5 WHERE "Id" = (SELECT "ClientId" FROM "Incidents" WHERE "Id" = {id})"""));
        Assert.Equal(Monday9.AddMinutes(30), await CheckAtAsync(id));

        await SweepAsync(Monday9.AddHours(9));
        // Five working days to hold the call, warning at 75 % (30 working hours): Thursday 15:00.
        Assert.Equal(Monday9.AddDays(3).AddHours(6), await CheckAtAsync(id));
    }

    [Fact]
    public async Task A_check_in_past_its_day_is_kept_as_history_and_left_to_the_check_in_reminder_to_tell()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var tuesday = DateOnly.FromDateTime(FixedClock.Start.UtcDateTime).AddDays(1);
        var incident = await App.AnIncident(owner).AtStage(PlaybookStage.FollowUpRecap)
            .Then(i => i.PlanCheckIn(tuesday, "Show the fixed export", Actor.Create(owner.Id, owner.DisplayName), FixedClock.Start))
            .SaveAsync();

        await SweepAsync(FixedClock.Start.AddDays(3));

        var checkInEvents = (await EventsAsync()).Where(e => e.IncidentId == incident.Id && e.Subject == IncidentClockSubject.CheckIn).ToList();
        Assert.Contains(checkInEvents, e => e.Event == ClockEventKind.Breached);
        Assert.All(checkInEvents, e => Assert.False(e.Notified));
        Assert.DoesNotContain(await NotificationsAsync(), n => n.ClockSubject == IncidentClockSubject.CheckIn);
    }
}
