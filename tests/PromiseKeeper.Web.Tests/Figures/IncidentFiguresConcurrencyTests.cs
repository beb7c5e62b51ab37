using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Figures;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Figures;

/// <summary>Two instances refreshing the same queue at once take each incident once.</summary>
public sealed class IncidentFiguresConcurrencyTests(WebAppFixture app) : FiguresTest(app)
{
    [Fact]
    public async Task Two_refreshes_in_parallel_over_250_incidents_compute_each_once()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var clientId = await App.AddClientAsync("Acme");
        var discovered = FixedClock.Start.AddDays(-3);
        await App.WithDbAsync(async db =>
        {
            db.Incidents.AddRange(Enumerable.Range(0, 250).Select(_ => TestIncidents.Log(owner, clientId, discovered, discovered.AddHours(1))));
            await db.SaveChangesAsync();
        });

        // Each incident computed once leaves nothing due (mistake A already applies, so no later check): any incident taken
        // twice would make the sum exceed 250.
        var handled = await Task.WhenAll(App.RefreshFiguresAsync(), App.RefreshFiguresAsync());

        Assert.Equal(250, handled.Sum());
        Assert.Equal(250, await App.WithDbAsync(db => db.Set<IncidentFigures>().CountAsync(f => f.MistakeA)));
        Assert.Equal(0, await App.WithDbAsync(db => db.Set<FigureCheck>().CountAsync()));
    }
}
