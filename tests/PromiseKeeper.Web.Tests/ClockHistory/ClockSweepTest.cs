using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.ClockHistory;
using PromiseKeeper.Web.Infrastructure.Scheduling;
using PromiseKeeper.Web.Tests.Fixtures;
using PromiseKeeper.Web.Tests.Notifications;

namespace PromiseKeeper.Web.Tests.ClockHistory;

/// <summary>
/// Set-up for the clock sweep tests. The default team works Monday to Friday, 09:00-17:00 UTC: an incident discovered on
/// Monday 23 November at 09:00 must tell the client by 17:00 that day (warning at 15:00, 75 %) and hold the call by
/// Wednesday 17:00 (warning at 11:00).
/// </summary>
public abstract class ClockSweepTest(WebAppFixture app) : NotificationTest(app)
{
    protected static readonly DateTimeOffset Monday9 = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    protected static readonly DateTimeOffset TellClientWarnsAt = Monday9.AddHours(6);

    protected static readonly DateTimeOffset TellClientDueAt = Monday9.AddHours(8);

    protected static readonly DateTimeOffset HoldCallWarnsAt = Monday9.AddDays(2).AddHours(2);

    /// <summary>One round of the sweep, in a scope of its own, as the scheduler runs it.</summary>
    protected async Task<int> SweepAsync(DateTimeOffset now)
    {
        await using var scope = App.Factory.Services.CreateAsyncScope();
        var sweep = scope.ServiceProvider.GetServices<ITimeDrivenWork>().OfType<ClockSweep>().Single();
        return await sweep.RunOnceAsync(now, CancellationToken.None);
    }

    /// <summary>An incident of <paramref name="owner"/> discovered on Monday at 09:00 and logged half an hour later.</summary>
    protected async Task<long> DiscoveredMondayAsync(TestUser owner, DateTimeOffset? clientToldAt = null) =>
        (await App.AnIncident(owner).DiscoveredAt(Monday9).LoggedAt(Monday9.AddMinutes(30))
            .With(d => clientToldAt is null ? d : d with { ClientToldAt = clientToldAt, FirstDisclosure = FirstDisclosure.WeToldTheClient })
            .SaveAsync()).Id;

    protected Task<List<ClockEvent>> EventsAsync() =>
        App.WithDbAsync(db => db.Set<ClockEvent>().AsNoTracking().OrderBy(e => e.HappenedAt).ThenBy(e => e.Id).ToListAsync());

    protected Task<DateTimeOffset?> CheckAtAsync(long incidentId) =>
        App.WithDbAsync(db => db.Set<ClockCheck>().Where(c => c.IncidentId == incidentId).Select(c => (DateTimeOffset?)c.CheckAt).SingleOrDefaultAsync());
}
