using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Evidence;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Performance;

/// <summary>
/// The people and incidents the read budgets are measured on: an account manager who owns incidents with realistic
/// children, a team lead of their team, legal, an admin and a colleague, in one team.
/// </summary>
public sealed class ReadScenario
{
    private ReadScenario(WebAppFixture app, int teamId, TestUser owner, TestUser lead, TestUser legal, TestUser admin, TestUser colleague)
    {
        App = app;
        TeamId = teamId;
        Owner = owner;
        Lead = lead;
        Legal = legal;
        Admin = admin;
        Colleague = colleague;
    }

    public WebAppFixture App { get; }

    public int TeamId { get; }

    public TestUser Owner { get; }

    public TestUser Lead { get; }

    public TestUser Legal { get; }

    public TestUser Admin { get; }

    public TestUser Colleague { get; }

    public static async Task<ReadScenario> CreateAsync(WebAppFixture app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var teamId = await app.AddTeamAsync("Budget team");
        return new ReadScenario(
            app,
            teamId,
            await app.CreateUserAsync(Roles.AccountManager, "Budget Owner", teamId),
            await app.CreateUserAsync(Roles.TeamLead, "Budget Lead", teamId),
            await app.CreateUserAsync(Roles.Legal, "Budget Legal"),
            await app.CreateUserAsync(Roles.Admin, "Budget Admin"),
            await app.CreateUserAsync(Roles.AccountManager, "Budget Colleague", teamId));
    }

    /// <summary>
    /// An incident of the owner at the retro stage with <paramref name="children"/> each of pasted evidence,
    /// check-ins and prevention measures (and their timeline events) on top of what the walk there recorded
    /// (origin, options, call, conversation, recap, blame findings).
    /// </summary>
    public Task<Incident> BusyIncidentAsync(int children, string? contract = null) =>
        Seed(PlaybookStage.InternalRetro, contract).Then(incident => AddChildren(incident, children)).SaveAsync();

    /// <summary>An incident of the owner at <paramref name="stage"/>, with a few children of every kind it can have there.</summary>
    public Task<Incident> IncidentAtAsync(PlaybookStage stage, bool stageWorkDone = false, string? contract = null)
    {
        var seed = Seed(stage, contract).Then(incident =>
        {
            if (incident.IsOpen)
            {
                for (var i = 0; i < 3; i++)
                {
                    incident.AddPastedEvidence($"Email {i}", $"We promised delivery by the {i + 1}st.", Actor.Create(Owner.Id, Owner.DisplayName), App.Clock.Now.AddMinutes(-20));
                }
            }
        });
        return (stageWorkDone ? seed.WithStageWorkDone() : seed).SaveAsync();
    }

    /// <summary>An incident of the owner with an uploaded document (and its bytes); returns the incident and the document's id.</summary>
    public async Task<(long IncidentId, Guid EvidenceId)> IncidentWithDocumentAsync()
    {
        var bytes = "We said it would be ready by March."u8.ToArray();
        var evidenceId = Guid.Empty;
        var incident = await Seed(PlaybookStage.InvestigateOrigin, null)
            .Then(i => evidenceId = i.AddDocumentEvidence("Kick-off notes", EvidenceFileCheck.Check("kick-off.txt", bytes), Actor.Create(Owner.Id, Owner.DisplayName), App.Clock.Now.AddMinutes(-20)).Id)
            .SaveAsync();
        await App.WithDbAsync(async db =>
        {
            db.EvidenceDocumentContents.Add(new EvidenceDocumentContent { EvidenceItemId = evidenceId, Bytes = bytes });
            await db.SaveChangesAsync();
        });
        return (incident.Id, evidenceId);
    }

    private IncidentSeed Seed(PlaybookStage stage, string? contract)
    {
        var seed = App.AnIncident(Owner).AtStage(stage);
        return contract is null ? seed : seed.ContractLinked(contract);
    }

    private void AddChildren(Incident incident, int count)
    {
        var actor = Actor.Create(Owner.Id, Owner.DisplayName);
        var now = App.Clock.Now.AddMinutes(-10);
        var today = DateOnly.FromDateTime(App.Clock.Now.UtcDateTime);
        for (var i = 0; i < count; i++)
        {
            incident.AddPastedEvidence($"Email {i}", $"Pasted email number {i}.", actor, now);
            incident.PlanCheckIn(today.AddDays(7 + i), $"Check-in {i}", actor, now);
            incident.AddPreventionMeasure($"Measure {i}", "Budget Owner", today.AddDays(30 + i), actor, now);
        }
    }
}
