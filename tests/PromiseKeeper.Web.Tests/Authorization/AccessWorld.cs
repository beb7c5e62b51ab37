using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Evidence;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Authorization;

/// <summary>An incident of the matrix world, with what routes need to address it.</summary>
public sealed record WorldIncident(long Id, Guid EvidenceId, uint Version);

/// <summary>
/// Two teams and an incident for each relation: the viewers (one per role) all sit in team A (the head of customer
/// success in no team), and each owns an incident of team A; another account manager of team A owns one; team B owns one plain and one
/// contract-linked incident. Every incident is at the conversation stage with a call, an offer and
/// evidence, so every incident page has something to show.
/// </summary>
public sealed class AccessWorld
{
    private readonly Dictionary<Viewer, TestUser> _viewers;
    private readonly Dictionary<(Viewer, Relation), WorldIncident> _incidents;

    private AccessWorld(Dictionary<Viewer, TestUser> viewers, Dictionary<(Viewer, Relation), WorldIncident> incidents, int teamId, TestUser colleague, int clientId)
    {
        ClientId = clientId;
        _viewers = viewers;
        _incidents = incidents;
        TeamId = teamId;
        Colleague = colleague;
    }

    /// <summary>The client of every incident in the world.</summary>
    public int ClientId { get; }

    /// <summary>The viewers' team.</summary>
    public int TeamId { get; }

    /// <summary>Another account manager of the viewers' team (e.g. to reassign to, or to administer).</summary>
    public TestUser Colleague { get; }

    public TestUser User(Viewer viewer) => _viewers[viewer];

    public WorldIncident Incident(Viewer viewer, Relation relation) => _incidents[(viewer, relation)];

    public static async Task<AccessWorld> CreateAsync(WebAppFixture app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var teamA = await app.AddTeamAsync("Team A");
        var teamB = await app.AddTeamAsync("Team B");
        var viewers = new Dictionary<Viewer, TestUser>
        {
            [Viewer.AccountManager] = await app.CreateUserAsync(Roles.AccountManager, "Viewer Manager", teamA),
            [Viewer.TeamLead] = await app.CreateUserAsync(Roles.TeamLead, "Viewer Lead", teamA),
            [Viewer.Legal] = await app.CreateUserAsync(Roles.Legal, "Viewer Legal", teamA),
            [Viewer.Admin] = await app.CreateUserAsync(Roles.Admin, "Viewer Admin", teamA),
            // Sees every team, so it needs none.
            [Viewer.HeadOfCustomerSuccess] = await app.CreateUserAsync(Roles.HeadOfCustomerSuccess, "Viewer Head"),
        };
        var colleague = await app.CreateUserAsync(Roles.AccountManager, "Colleague Manager", teamA);
        var otherTeamManager = await app.CreateUserAsync(Roles.AccountManager, "Other Team Manager", teamB);
        _ = await app.CreateUserAsync(Roles.TeamLead, "Other Team Lead", teamB);
        var clientId = await app.AddClientAsync("Matrix Client");

        var sameTeam = await AddIncidentAsync(app, colleague, teamA, clientId, contract: null);
        var otherTeam = await AddIncidentAsync(app, otherTeamManager, teamB, clientId, contract: null);
        var contractLinked = await AddIncidentAsync(app, otherTeamManager, teamB, clientId, contract: "MSA-7, clause 3");
        var incidents = new Dictionary<(Viewer, Relation), WorldIncident>();
        foreach (var (viewer, user) in viewers)
        {
            incidents[(viewer, Relation.Own)] = await AddIncidentAsync(app, user, teamA, clientId, contract: null);
            incidents[(viewer, Relation.SameTeam)] = sameTeam;
            incidents[(viewer, Relation.OtherTeam)] = otherTeam;
            incidents[(viewer, Relation.ContractLinked)] = contractLinked;
        }

        return new AccessWorld(viewers, incidents, teamA, colleague, clientId);
    }

    private static async Task<WorldIncident> AddIncidentAsync(WebAppFixture app, TestUser owner, int teamId, int clientId, string? contract)
    {
        var now = app.Clock.GetUtcNow();
        var actor = Actor.Create(owner.Id, owner.DisplayName);
        var incident = Domain.Incidents.Incident.Log(TestIncidents.Details(clientId, now.AddDays(-3), contractReference: contract), actor, now.AddDays(-2), teamId);
        var bytes = "We said it would be ready by March."u8.ToArray();
        var evidence = incident.AddDocumentEvidence("Kick-off notes", EvidenceFileCheck.Check("kick-off.txt", bytes), actor, now.AddDays(-2));
        incident.WalkTo(PlaybookStage.Conversation, owner, now);
        return await app.WithDbAsync(async db =>
        {
            db.Incidents.Add(incident);
            db.EvidenceDocumentContents.Add(new EvidenceDocumentContent { EvidenceItemId = evidence.Id, Bytes = bytes });
            await db.SaveChangesAsync();
            var version = await db.Incidents.Where(i => i.Id == incident.Id).Select(i => i.Version).SingleAsync();
            return new WorldIncident(incident.Id, evidence.Id, version);
        });
    }
}
