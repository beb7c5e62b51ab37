using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Tests.Fixtures;

/// <summary>
/// An incident put straight into the database for a test, at any stage, through the real domain methods:
/// <c>await App.AnIncident(owner).AtStage(PlaybookStage.Conversation).ContractLinked().SaveAsync()</c>.
/// Logged a day before the fixture's clock for the client "Acme" (created when missing), owned by the owner's team.
/// </summary>
public sealed class IncidentSeed(WebAppFixture app, TestUser owner)
{
    private string _clientName = "Acme";
    private PlaybookStage _stage = PlaybookStage.InvestigateOrigin;
    private bool _doWorkOfStage;
    private DateTimeOffset? _discoveredAt;
    private DateTimeOffset? _loggedAt;
    private DateTimeOffset? _workDoneBefore;
    private int? _teamId = owner.TeamId;
    private string? _contractReference;
    private string _summary = "A broken promise";
    private Func<IncidentDetails, IncidentDetails> _details = details => details;
    private Action<Incident> _prepare = _ => { };

    public IncidentSeed ForClient(string name)
    {
        _clientName = name;
        return this;
    }

    /// <summary>Walks the incident to <paramref name="stage"/>, doing each earlier stage's work with the demo content.</summary>
    public IncidentSeed AtStage(PlaybookStage stage)
    {
        _stage = stage;
        return this;
    }

    /// <summary>Also does the work of the stage it ends at, without moving on (e.g. a submitted retro at the retro stage).</summary>
    public IncidentSeed WithStageWorkDone()
    {
        _doWorkOfStage = true;
        return this;
    }

    public IncidentSeed ContractLinked(string reference = "MSA 1")
    {
        _contractReference = reference;
        return this;
    }

    public IncidentSeed Titled(string summary)
    {
        _summary = summary;
        return this;
    }

    public IncidentSeed DiscoveredAt(DateTimeOffset at)
    {
        _discoveredAt = at;
        return this;
    }

    public IncidentSeed LoggedAt(DateTimeOffset at)
    {
        _loggedAt = at;
        return this;
    }

    /// <summary>When the walk along the playbook has to be over (the fixture's clock by default).</summary>
    public IncidentSeed Until(DateTimeOffset at)
    {
        _workDoneBefore = at;
        return this;
    }

    /// <summary>The team the incident belongs to, when it should differ from the owner's.</summary>
    public IncidentSeed InTeam(int? teamId)
    {
        _teamId = teamId;
        return this;
    }

    /// <summary>Changes the logged details (fault, losses, kind...) before the incident is logged.</summary>
    public IncidentSeed With(Func<IncidentDetails, IncidentDetails> change)
    {
        var before = _details;
        _details = details => change(before(details));
        return this;
    }

    /// <summary>Anything else done to the incident through the domain before it is saved.</summary>
    public IncidentSeed Then(Action<Incident> prepare)
    {
        var before = _prepare;
        _prepare = incident =>
        {
            before(incident);
            prepare(incident);
        };
        return this;
    }

    /// <returns>The incident as saved (its id set).</returns>
    public async Task<Incident> SaveAsync()
    {
        var clientId = await app.WithDbAsync(db => db.Clients.Where(c => c.Name == _clientName).Select(c => (int?)c.Id).SingleOrDefaultAsync())
            ?? await app.AddClientAsync(_clientName);
        var now = app.Clock.GetUtcNow();
        var discoveredAt = _discoveredAt ?? now.AddDays(-1);
        var details = _details(TestIncidents.Details(clientId, discoveredAt, summary: _summary, contractReference: _contractReference));
        var incident = Incident.Log(details, Actor.Create(owner.Id, owner.DisplayName), _loggedAt ?? now.AddHours(-2), _teamId);
        var until = _workDoneBefore ?? now;
        if (_stage != PlaybookStage.InvestigateOrigin)
        {
            incident.WalkTo(_stage, owner, until);
        }

        if (_doWorkOfStage)
        {
            incident.CompleteStage(owner, until);
        }

        _prepare(incident);
        await app.WithDbAsync(async db =>
        {
            db.Incidents.Add(incident);
            await db.SaveChangesAsync();
        });
        return incident;
    }
}

public static class IncidentSeedExtensions
{
    /// <summary>Starts describing an incident of <paramref name="owner"/> to put into the test database.</summary>
    public static IncidentSeed AnIncident(this WebAppFixture app, TestUser owner) => new(app, owner);
}
