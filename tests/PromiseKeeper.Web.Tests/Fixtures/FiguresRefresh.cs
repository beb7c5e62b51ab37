using Microsoft.Extensions.DependencyInjection;
using PromiseKeeper.Web.Figures;
using PromiseKeeper.Web.Infrastructure.Scheduling;

namespace PromiseKeeper.Web.Tests.Fixtures;

/// <summary>
/// The figures refresh as the scheduler runs it (the test host has the scheduler off): a test that reads
/// IncidentFigures calls <c>await App.RefreshFiguresAsync()</c> after putting its incidents in.
/// </summary>
public static class FiguresRefresh
{
    /// <summary>One batch of <see cref="IncidentFiguresRefresh"/> at <paramref name="now"/>, in a scope of its own; returns how many incidents it took.</summary>
    public static async Task<int> RefreshFiguresOnceAsync(this WebAppFixture app, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var refresh = scope.ServiceProvider.GetServices<ITimeDrivenWork>().OfType<IncidentFiguresRefresh>().Single();
        return await refresh.RunOnceAsync(now, CancellationToken.None);
    }

    /// <summary>Refreshes batch after batch until nothing is due at <paramref name="now"/> (the fixture's clock by default); returns how many incidents it took.</summary>
    public static async Task<int> RefreshFiguresAsync(this WebAppFixture app, DateTimeOffset? now = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var at = now ?? app.Clock.GetUtcNow();
        var total = 0;
        for (var handled = await app.RefreshFiguresOnceAsync(at); handled > 0; handled = await app.RefreshFiguresOnceAsync(at))
        {
            total += handled;
        }

        return total;
    }

    /// <summary>Rebuilds every queued day of the dashboard's summary (<see cref="DashboardDaysRefresh"/>) until none is left; returns how many it rebuilt.</summary>
    public static Task<int> RefreshDashboardDaysAsync(this WebAppFixture app) => app.DrainAsync<DashboardDaysRefresh>();

    /// <summary>Rebuilds every queued day of the bank account's summary (<see cref="ClientBankDaysRefresh"/>) until none is left; returns how many it rebuilt.</summary>
    public static Task<int> RefreshClientBankDaysAsync(this WebAppFixture app) => app.DrainAsync<ClientBankDaysRefresh>();

    private static async Task<int> DrainAsync<TWork>(this WebAppFixture app)
        where TWork : ITimeDrivenWork
    {
        ArgumentNullException.ThrowIfNull(app);
        var total = 0;
        while (true)
        {
            await using var scope = app.Factory.Services.CreateAsyncScope();
            var refresh = scope.ServiceProvider.GetServices<ITimeDrivenWork>().OfType<TWork>().Single();
            var handled = await refresh.RunOnceAsync(app.Clock.GetUtcNow(), CancellationToken.None);
            if (handled == 0)
            {
                return total;
            }

            total += handled;
        }
    }
}
