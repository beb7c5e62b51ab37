using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Tests.Fixtures;
using AuditLogPage = PromiseKeeper.Web.Pages.Audit.IndexModel;

namespace PromiseKeeper.Web.Tests.Audit;

/// <summary>Admins read the whole audit log; a team lead reads what concerns their team.</summary>
public sealed class AuditScopeTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task A_team_lead_reads_their_members_actions_and_what_was_done_to_their_incidents_and_an_admin_reads_everything()
    {
        var teamA = await App.AddTeamAsync("Team A");
        var teamB = await App.AddTeamAsync("Team B");
        var leadA = await App.CreateUserAsync(Roles.TeamLead, "Lead A", teamA);
        var managerA = await App.CreateUserAsync(Roles.AccountManager, "Manager A", teamA);
        var managerB = await App.CreateUserAsync(Roles.AccountManager, "Manager B", teamB);
        var legal = await App.CreateUserAsync(Roles.Legal, "Legal", WebAppFixture.NoTeam);
        var admin = await App.CreateUserAsync(Roles.Admin, "Admin", WebAppFixture.NoTeam);
        var clientId = await App.AddClientAsync("Acme");
        var incidentA = await AddIncidentAsync(managerA, clientId);
        var incidentB = await AddIncidentAsync(managerB, clientId);

        await RecordAsync(managerA, AuditAction.SignInSucceeded, "member of A signs in");
        await RecordAsync(managerB, AuditAction.SignInSucceeded, "member of B signs in");
        await RecordAsync(legal, AuditAction.ContractIncidentViewed, "legal opens A's incident", incidentA);
        await RecordAsync(legal, AuditAction.ContractIncidentViewed, "legal opens B's incident", incidentB);
        await RecordAsync(admin, AuditAction.UserCreated, "admin creates someone");

        Assert.Equal(["legal opens A's incident", "member of A signs in"], await DetailsSeenByAsync(leadA));
        Assert.Equal(5, (await DetailsSeenByAsync(admin)).Count);
    }

    private async Task<long> AddIncidentAsync(TestUser owner, int clientId)
    {
        var clientName = await App.WithDbAsync(db => db.Clients.Where(c => c.Id == clientId).Select(c => c.Name).SingleAsync());
        return (await App.AnIncident(owner).ForClient(clientName).ContractLinked().LoggedAt(App.Clock.Now).SaveAsync()).Id;
    }

    private async Task RecordAsync(TestUser actor, AuditAction action, string details, long? incidentId = null)
    {
        App.Clock.Now = App.Clock.Now.AddMinutes(1);
        await App.AsUserAsync(actor, async services =>
        {
            await services.GetRequiredService<IAuditLog>().RecordAsync(action, details, incidentId: incidentId);
            return true;
        });
    }

    private async Task<List<string>> DetailsSeenByAsync(TestUser reader) =>
        (await App.SendAsync(reader, m => m.Send(new AuditLogPage.Query()))).Rows.Select(r => r.Details).ToList();
}
