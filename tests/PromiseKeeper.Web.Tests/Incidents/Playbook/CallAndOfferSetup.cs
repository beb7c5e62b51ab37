using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Incidents.Playbook;

/// <summary>Incidents at a given playbook stage, stored through the real domain, and read back whole.</summary>
internal static class CallAndOfferSetup
{
    public const string ClientName = "Acme";

    public static readonly DateTimeOffset Discovered = FixedClock.Start.AddDays(-1);

    public static Actor AsActor(this TestUser user) => Actor.Create(user.Id, user.DisplayName);

    /// <summary>Logs an incident for <paramref name="owner"/>, walks it to <paramref name="stage"/>, lets <paramref name="prepare"/> change it, and stores it.</summary>
    public static async Task<Incident> AddIncidentAsync(
        this WebAppFixture app,
        TestUser owner,
        PlaybookStage stage,
        Func<IncidentDetails, IncidentDetails>? details = null,
        Action<Incident>? prepare = null,
        string? contractReference = null)
    {
        var clientId = await app.WithDbAsync(db => db.Clients.Where(c => c.Name == ClientName).Select(c => (int?)c.Id).SingleOrDefaultAsync())
            ?? await app.AddClientAsync(ClientName);
        var typed = TestIncidents.Details(clientId, Discovered, summary: "Release 2.4 shipped three weeks late", contractReference: contractReference) with
        {
            ContactEmail = "dana@client.example",
        };
        var incident = Incident.Log(details is null ? typed : details(typed), owner.AsActor(), app.Clock.Now.AddHours(-2), owner.TeamId)
            .WalkTo(stage, owner, app.Clock.Now);
        prepare?.Invoke(incident);
        await app.WithDbAsync(async db =>
        {
            db.Incidents.Add(incident);
            await db.SaveChangesAsync();
        });
        return incident;
    }

    public static Task<uint> VersionAsync(this WebAppFixture app, long id) =>
        app.WithDbAsync(db => db.Incidents.Where(i => i.Id == id).Select(i => i.Version).SingleAsync());

    /// <summary>The incident as stored now, with its options, timeline and blame findings.</summary>
    public static Task<Incident> ReadAsync(this WebAppFixture app, long id) =>
        app.WithDbAsync(db => db.Incidents.AsNoTracking()
            .Include(i => i.Options)
            .Include(i => i.Timeline)
            .Include(i => i.BlameFindings)
            .AsSplitQuery()
            .SingleAsync(i => i.Id == id));

    public static string Location(this HttpResponseMessage response) =>
        response.Headers.Location is { } location
            ? location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString
            : string.Empty;
}
