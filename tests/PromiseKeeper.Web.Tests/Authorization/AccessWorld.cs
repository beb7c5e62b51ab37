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

        // Built in memory and saved together: one save instead of one per incident (the world is made for every row).
        var planned = new List<(Viewer? Viewer, TestUser Owner, int TeamId, string? Contract)>
        {
            (null, colleague, teamA, null),
            (null, otherTeamManager, teamB, null),
            (null, otherTeamManager, teamB, "MSA-7, clause 3"),
        };
        planned.AddRange(viewers.Select(v => ((Viewer?)v.Key, v.Value, teamA, (string?)null)));
        var saved = await AddIncidentsAsync(app, clientId, [.. planned.Select(p => (p.Owner, p.TeamId, p.Contract))]);
        var (sameTeam, otherTeam, contractLinked) = (saved[0], saved[1], saved[2]);
        var incidents = new Dictionary<(Viewer, Relation), WorldIncident>();
        for (var i = 3; i < planned.Count; i++)
        {
            var viewer = planned[i].Viewer!.Value;
            incidents[(viewer, Relation.Own)] = saved[i];
            incidents[(viewer, Relation.SameTeam)] = sameTeam;
            incidents[(viewer, Relation.OtherTeam)] = otherTeam;
            incidents[(viewer, Relation.ContractLinked)] = contractLinked;
        }

        return new AccessWorld(viewers, incidents, teamA, colleague, clientId);
    }

    private static async Task<List<WorldIncident>> AddIncidentsAsync(WebAppFixture app, int clientId, IReadOnlyList<(TestUser Owner, int TeamId, string? Contract)> planned)
    {
        var now = app.Clock.GetUtcNow();
        var bytes = "We said it would be ready by March."u8.ToArray();
        var made = planned.Select(p =>
        {
            var actor = Actor.Create(p.Owner.Id, p.Owner.DisplayName);
            var incident = Domain.Incidents.Incident.Log(TestIncidents.Details(clientId, now.AddDays(-3), contractReference: p.Contract), actor, now.AddDays(-2), p.TeamId);
            var evidence = incident.AddDocumentEvidence("Kick-off notes", EvidenceFileCheck.Check("kick-off.txt", bytes), actor, now.AddDays(-2));
            incident.WalkTo(PlaybookStage.Conversation, p.Owner, now);
            return (Incident: incident, EvidenceId: evidence.Id);
        }).ToList();
        return await app.WithDbAsync(async db =>
        {
            db.Incidents.AddRange(made.Select(m => m.Incident));
            db.EvidenceDocumentContents.AddRange(made.Select(m => new EvidenceDocumentContent { EvidenceItemId = m.EvidenceId, Bytes = bytes }));
            await db.SaveChangesAsync();
            var ids = made.Select(m => m.Incident.Id).ToList();
            var versions = await db.Incidents.Where(i => ids.Contains(i.Id)).Select(i => new { i.Id, i.Version }).ToDictionaryAsync(i => i.Id, i => i.Version);
            return made.Select(m => new WorldIncident(m.Incident.Id, m.EvidenceId, versions[m.Incident.Id])).ToList();
        });
    }
}
