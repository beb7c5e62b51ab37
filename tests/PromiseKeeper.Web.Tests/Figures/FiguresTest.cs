using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Figures;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Figures;

/// <summary>Set-up for the figures tests: reading back an incident's figures, its queued check and the incident in full.</summary>
public abstract class FiguresTest(WebAppFixture app) : WebAppTest(app)
{
    protected Task<IncidentFigures?> FiguresAsync(long incidentId) =>
        App.WithDbAsync(db => db.Set<IncidentFigures>().AsNoTracking().SingleOrDefaultAsync(f => f.IncidentId == incidentId));

    protected Task<DateTimeOffset?> CheckAtAsync(long incidentId) =>
        App.WithDbAsync(db => db.Set<FigureCheck>().Where(c => c.IncidentId == incidentId).Select(c => (DateTimeOffset?)c.CheckAt).SingleOrDefaultAsync());

    /// <summary>The whole aggregate as stored, read the way the incident page reads it.</summary>
    protected Task<Incident> ReadAsync(long id) =>
        App.WithDbAsync(async db =>
        {
            var incident = await db.Incidents.AsNoTracking().SingleAsync(i => i.Id == id);
            await db.LoadChildrenAsync(incident, CancellationToken.None);
            return incident;
        });
}
