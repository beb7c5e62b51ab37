using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.ClockHistory;
using PromiseKeeper.Web.Notifications;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.ClockHistory;

/// <summary>Two instances sweeping the same queue at once write every event and notification exactly once.</summary>
public sealed class ClockSweepConcurrencyTests(WebAppFixture app) : ClockSweepTest(app)
{
    [Fact]
    public async Task Two_sweeps_in_parallel_over_200_incidents_record_each_event_once()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var lead = await LeadAsync();
        var clientId = await App.AddClientAsync("Acme");
        await App.WithDbAsync(async db =>
        {
            db.Incidents.AddRange(Enumerable.Range(0, 200).Select(_ => TestIncidents.Log(owner, clientId, Monday9, Monday9.AddMinutes(30))));
            await db.SaveChangesAsync();
        });
        var evening = Monday9.AddHours(9);

        var handled = await Task.WhenAll(SweepUntilDoneAsync(evening), SweepUntilDoneAsync(evening));

        Assert.Equal(200, handled.Sum());
        var events = await EventsAsync();
        Assert.Equal(400, events.Count);
        Assert.Equal(200, events.Select(e => e.IncidentId).Distinct().Count());
        var sent = await NotificationsAsync();
        Assert.Equal(200, sent.Count(n => n.Kind == NotificationKind.ClockWarning && n.RecipientId == owner.Id));
        Assert.Equal(200, sent.Count(n => n.Kind == NotificationKind.ClockBreached && n.RecipientId == owner.Id));
        Assert.Equal(200, sent.Count(n => n.Kind == NotificationKind.ClockBreached && n.RecipientId == lead.Id));
        Assert.Equal(600, sent.Count);
        Assert.Equal(200, await App.WithDbAsync(db => db.Set<ClockCheck>().CountAsync(c => c.CheckAt == HoldCallWarnsAt)));
    }

    private async Task<int> SweepUntilDoneAsync(DateTimeOffset now)
    {
        var total = 0;
        for (var handled = await SweepAsync(now); handled > 0; handled = await SweepAsync(now))
        {
            total += handled;
        }

        return total;
    }
}
