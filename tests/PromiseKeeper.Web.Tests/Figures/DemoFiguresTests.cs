using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Figures;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Figures;

/// <summary>The demo's incidents are queued as they are loaded, so the scheduler of scripts/run.sh gives each its figures.</summary>
public sealed class DemoFiguresTests(WebAppFixture app) : FiguresTest(app)
{
    [Fact]
    public async Task Every_demo_incident_gets_its_figures_from_one_refresh()
    {
        await using (var scope = App.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().LoadAsync(CancellationToken.None);
        }

        var incidents = await App.WithDbAsync(db => db.Incidents.CountAsync());
        Assert.True(incidents > 0);
        Assert.Equal(incidents, await App.WithDbAsync(db => db.Set<FigureCheck>().CountAsync()));

        await App.RefreshFiguresAsync();

        Assert.Equal(incidents, await App.WithDbAsync(db => db.Set<IncidentFigures>().CountAsync()));
    }
}
