using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Infrastructure.Mail;
using PromiseKeeper.Web.Notifications;
using PromiseKeeper.Web.Tests.Authorization;
using PromiseKeeper.Web.Tests.Clients;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Performance;

/// <summary>
/// Every page's GET, as a user who may open it and on data that makes the page show something, sends at most
/// its <see cref="PageReadBudgets"/> statements; and the counts do not grow with the data.
/// </summary>
public sealed class PageReadBudgetTests(WebAppFixture app) : WebAppTest(app)
{
    public static TheoryData<string> GetRows()
    {
        var rows = new TheoryData<string>();
        foreach (var row in GetRowNames())
        {
            rows.Add(row);
        }

        return rows;
    }

    [Fact]
    public void Every_get_row_of_the_access_table_has_a_budget_and_every_budget_a_row()
    {
        var rows = GetRowNames().ToList();

        Assert.Empty(rows.Except(PageReadBudgets.Get.Keys).Order());
        Assert.Empty(PageReadBudgets.Get.Keys.Except(rows).Order());
    }

    [Theory]
    [MemberData(nameof(GetRows))]
    public async Task The_page_stays_within_its_budget(string row)
    {
        var budget = PageReadBudgets.Get.TryGetValue(row, out var value)
            ? value
            : throw new Xunit.Sdk.XunitException($"{row} has no budget in {nameof(PageReadBudgets)}.");
        var scenario = await ReadScenario.CreateAsync(App);
        var (user, path, status) = await ArrangeAsync(scenario, row);
        using var http = user is null ? App.CreateHttpClient() : await App.CreateSignedInClientAsync(user);

        var sql = await CountAsync(http, path, status);

        AssertWithin(row, budget, sql);
    }

    [Fact]
    public async Task A_contract_linked_incident_page_stays_within_its_budget_audit_row_included()
    {
        var scenario = await ReadScenario.CreateAsync(App);
        var incident = await scenario.BusyIncidentAsync(children: 3, contract: "MSA 12, clause 4");
        using var http = await App.CreateSignedInClientAsync(scenario.Legal);

        var sql = await CountAsync(http, $"/Incidents/{incident.Id}", HttpStatusCode.OK);

        AssertWithin("GET /Incidents/Details (contract-linked, as legal)", PageReadBudgets.ContractLinkedIncidentPage, sql);
        Assert.Contains(sql, s => s.Contains("INSERT INTO \"AuditEntries\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_contract_linked_dossier_stays_within_its_budget_audit_row_included()
    {
        var scenario = await ReadScenario.CreateAsync(App);
        var few = await scenario.BusyIncidentAsync(children: 2, contract: "MSA 12, clause 4");
        var many = await scenario.BusyIncidentAsync(children: 40, contract: "MSA 12, clause 5");
        using var http = await App.CreateSignedInClientAsync(scenario.Legal);

        var fewSql = await CountAsync(http, $"/Incidents/{few.Id}/Dossier", HttpStatusCode.OK);
        var manySql = await CountAsync(http, $"/Incidents/{many.Id}/Dossier", HttpStatusCode.OK);

        Assert.Equal(fewSql.Count, manySql.Count);
        AssertWithin("GET /Incidents/Dossier (contract-linked, 40 children, as legal)", PageReadBudgets.ContractLinkedIncidentPage, manySql);
        Assert.Contains(manySql, s => s.Contains("INSERT INTO \"AuditEntries\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_incident_page_sends_as_many_statements_for_2_children_as_for_40()
    {
        var scenario = await ReadScenario.CreateAsync(App);
        var few = await scenario.BusyIncidentAsync(children: 2);
        var many = await scenario.BusyIncidentAsync(children: 40);
        using var http = await App.CreateSignedInClientAsync(scenario.Owner);

        var fewSql = await CountAsync(http, $"/Incidents/{few.Id}", HttpStatusCode.OK);
        var manySql = await CountAsync(http, $"/Incidents/{many.Id}", HttpStatusCode.OK);

        Assert.Equal(fewSql.Count, manySql.Count);
        AssertWithin("GET /Incidents/Details (40 children)", PageReadBudgets.Get["GET /Incidents/Details"], manySql);
    }

    [Fact]
    public async Task The_incident_list_sends_as_many_statements_for_5_incidents_as_for_200()
    {
        var scenario = await ReadScenario.CreateAsync(App);
        for (var i = 0; i < 5; i++)
        {
            await App.AnIncident(scenario.Owner).Titled($"Incident {i}").ForClient($"Client {i}").SaveAsync();
        }

        using var http = await App.CreateSignedInClientAsync(scenario.Owner);
        var fewSql = await CountAsync(http, "/Incidents", HttpStatusCode.OK);
        for (var i = 5; i < 200; i++)
        {
            await App.AnIncident(scenario.Owner).Titled($"Incident {i}").ForClient($"Client {i % 40}").SaveAsync();
        }

        var manySql = await CountAsync(http, "/Incidents", HttpStatusCode.OK);

        Assert.Equal(fewSql.Count, manySql.Count);
        AssertWithin("GET /Incidents/Index (200 incidents)", PageReadBudgets.Get["GET /Incidents/Index"], manySql);
    }

    internal static IEnumerable<string> GetRowNames() =>
        PageAccessTable.Handlers.Where(h => h.Method == "GET").Select(h => h.ToString());

    /// <summary>Who opens the page, at which address, and the status it answers with.</summary>
    internal static async Task<(TestUser? User, string Path, HttpStatusCode Status)> ArrangeAsync(ReadScenario s, string row)
    {
        const HttpStatusCode ok = HttpStatusCode.OK;
        async Task<string> At(PlaybookStage stage, string page, bool workDone = false) =>
            $"/Incidents/{(await s.IncidentAtAsync(stage, workDone)).Id}{page}";

        return row switch
        {
            "GET /Account/Login" => (null, "/Account/Login", ok),
            // GET only sends the user home: signing out is a POST.
            "GET /Account/Logout" => (s.Owner, "/Account/Logout", HttpStatusCode.Redirect),
            "GET /Account/Sessions" => (s.Owner, "/Account/Sessions", ok),
            "GET /Account/AccessDenied" => (s.Owner, "/Account/AccessDenied", HttpStatusCode.Forbidden),
            "GET /Error" => (null, "/Error", ok),
            "GET /Unsubscribe" => (null, UnsubscribePath(s), ok),
            "GET /Index" => (s.Lead, await WithSubmittedRetrosAsync(s, "/"), ok),
            "GET /Home/Count" => (s.Lead, await WithSubmittedRetrosAsync(s, "/Home/Count"), ok),
            "GET /Work/Owned" => (s.Colleague, await WithOwnedWorkAsync(s, "/Work/Owned"), ok),
            "GET /Clients/Index" => (s.Owner, await WithIncidentsAsync(s, "/Clients"), ok),
            "GET /Clients/Create" => (s.Owner, "/Clients/Create", ok),
            "GET /Clients/Edit" => (s.Owner, $"/Clients/{await s.App.AddClientAsync("Globex Budget")}/Edit", ok),
            "GET /Clients/Details" => (s.Owner, await ClientPageAsync(s), ok),
            "GET /Clients/Contact" => (s.Owner, $"/Clients/{await s.App.AddClientAsync("Globex Contacts")}/Contacts", ok),
            "GET /Clients/Relationship" => (s.Owner, $"/Clients/{await s.App.AddClientAsync("Globex Relationship")}/Relationship", ok),
            "GET /Teams/ClientSla" => (s.Lead, $"/Clients/{await s.App.AddClientAsync("Globex SLA")}/Sla", ok),
            "GET /Incidents/Index" => (s.Owner, await WithIncidentsAsync(s, "/Incidents"), ok),
            "GET /Incidents/Export" => (s.Owner, await WithIncidentsAsync(s, "/Incidents/Export"), ok),
            "GET /Incidents/Log" => (s.Owner, await WithIncidentsAsync(s, "/Incidents/Log"), ok),
            "GET /Incidents/Details" => (s.Owner, $"/Incidents/{(await s.BusyIncidentAsync(children: 5)).Id}", ok),
            "GET /Incidents/EvidenceDownload" => (s.Owner, await DocumentPathAsync(s), ok),
            "GET /Incidents/Timeline" => (s.Owner, $"/Incidents/{(await s.BusyIncidentAsync(children: 5)).Id}/Timeline", ok),
            "GET /Incidents/Dossier" => (s.Owner, $"/Incidents/{(await s.BusyIncidentAsync(children: 5)).Id}/Dossier", ok),
            "GET /Incidents/Playbook/Origin" => (s.Owner, await At(PlaybookStage.InvestigateOrigin, "/Origin"), ok),
            "GET /Incidents/Correct" => (s.Owner, await At(PlaybookStage.InvestigateOrigin, "/Correct"), ok),
            "GET /Incidents/Playbook/Evidence" => (s.Owner, await At(PlaybookStage.InvestigateOrigin, "/Evidence"), ok),
            "GET /Incidents/Playbook/Alternatives" => (s.Owner, await At(PlaybookStage.ResearchAlternatives, "/Alternatives", workDone: true), ok),
            "GET /Incidents/Playbook/Call" => (s.Owner, await At(PlaybookStage.ScheduleCall, "/Call"), ok),
            "GET /Incidents/Playbook/CallInvite" => (s.Owner, await At(PlaybookStage.ScheduleCall, "/Call/invite.ics", workDone: true), ok),
            "GET /Incidents/Playbook/WriteInstead" => (s.Owner, await At(PlaybookStage.ScheduleCall, "/WriteInstead"), ok),
            "GET /Incidents/Playbook/Conversation" => (s.Owner, await At(PlaybookStage.Conversation, "/Conversation"), ok),
            "GET /Incidents/Playbook/Recap" => (s.Owner, await At(PlaybookStage.FollowUpRecap, "/Recap"), ok),
            "GET /Incidents/Playbook/CheckIns" => (s.Owner, await At(PlaybookStage.FollowUpRecap, "/CheckIns", workDone: true), ok),
            "GET /Incidents/Playbook/Retro" => (s.Owner, $"/Incidents/{(await s.BusyIncidentAsync(children: 5)).Id}/Retro", ok),
            "GET /Incidents/Playbook/NotApplicable" => (s.Owner, await At(PlaybookStage.ResearchAlternatives, "/NotApplicable"), ok),
            "GET /Legal/Index" => (s.Legal, await WithContractIncidentsAsync(s, "/Legal"), ok),
            "GET /Incidents/LegalReview" => (s.Legal, $"/Incidents/{(await s.IncidentAtAsync(PlaybookStage.Conversation, contract: "MSA 3")).Id}/LegalReview", ok),
            "GET /Reviews/Index" => (s.Lead, await WithSubmittedRetrosAsync(s, "/Reviews"), ok),
            "GET /Dashboard/Index" => (s.Lead, await WithSubmittedRetrosAsync(s, "/Dashboard?Split=AccountManager"), ok),
            "GET /Incidents/RetroReview" => (s.Lead, await At(PlaybookStage.InternalRetro, "/RetroReview", workDone: true), ok),
            "GET /Incidents/Reassign" => (s.Lead, await At(PlaybookStage.Conversation, "/Reassign"), ok),
            "GET /Audit/Index" => (s.Admin, "/Audit", ok),
            "GET /Admin/Users/Index" => (s.Admin, "/Admin/Users", ok),
            "GET /Admin/Users/Create" => (s.Admin, "/Admin/Users/Create", ok),
            "GET /Account/Profile" => (s.Owner, "/Account/Profile", ok),
            "GET /Account/NotificationSettings" => (s.Owner, "/Account/Notifications", ok),
            "GET /Notifications/Index" => (s.Owner, await WithNotificationsAsync(s, "/Notifications"), ok),
            "GET /Notifications/Count" => (s.Owner, await WithNotificationsAsync(s, "/Notifications/Count"), ok),
            "GET /Admin/Users/Edit" => (s.Admin, $"/Admin/Users/{s.Colleague.Id}", ok),
            "GET /Admin/Teams/Index" => (s.Admin, "/Admin/Teams", ok),
            "GET /Admin/Teams/Edit" => (s.Admin, $"/Admin/Teams/{s.TeamId}", ok),
            "GET /Teams/Clocks" => (s.Lead, $"/Teams/{s.TeamId}/Clocks", ok),
            "GET /Admin/Mail/Index" => (s.Admin, await WithOutgoingEmailsAsync(s, "/Admin/Mail"), ok),
            _ => throw new Xunit.Sdk.XunitException($"{row}: say in {nameof(PageReadBudgetTests)} who opens it and on what data."),
        };
    }

    private static string UnsubscribePath(ReadScenario s) =>
        "/Unsubscribe?token=" + Uri.EscapeDataString(
            s.App.Factory.Services.GetRequiredService<UnsubscribeTokens>().Issue(s.Owner.Id, NotificationKind.RetroSentBack));

    private static async Task<string> WithNotificationsAsync(ReadScenario s, string path)
    {
        var incident = await s.App.AnIncident(s.Owner).Titled("Notified").ForClient("Notified client").SaveAsync();
        await s.App.AddNotificationsAsync(s.Owner, incident.Id, count: 30);
        return path;
    }

    /// <summary>Measures and check-ins of the owner's incidents given to the colleague.</summary>
    private static async Task<string> WithOwnedWorkAsync(ReadScenario s, string path)
    {
        var colleague = Domain.Actor.Create(s.Colleague.Id, s.Colleague.DisplayName);
        var owner = Domain.Actor.Create(s.Owner.Id, s.Owner.DisplayName);
        var today = DateOnly.FromDateTime(s.App.Clock.Now.UtcDateTime);
        for (var i = 0; i < 3; i++)
        {
            await s.App.AnIncident(s.Owner).AtStage(PlaybookStage.InternalRetro).ForClient($"Owned client {i}").Then(incident =>
            {
                incident.AddPreventionMeasure($"Owned measure {i}", colleague, today.AddDays(i), owner, s.App.Clock.Now);
                incident.PlanCheckIn(today.AddDays(i), $"Owned check-in {i}", colleague, owner, s.App.Clock.Now);
            }).SaveAsync();
        }

        return path;
    }

    /// <summary>A client with incidents (with and without figures), a contact and a relationship change.</summary>
    private static async Task<string> ClientPageAsync(ReadScenario s)
    {
        Incident? last = null;
        for (var i = 0; i < 3; i++)
        {
            last = await s.App.AnIncident(s.Owner).Titled($"Client page {i}").ForClient("Globex Standing").SaveAsync();
            if (i > 0)
            {
                await s.App.AddFiguresAsync(last.Id, Severity.Medium, mistakeA: i == 2, mistakeCount: i);
            }
        }

        await s.App.AddContactAsync(last!.ClientId, "Marta Horvat");
        await s.App.WithDbAsync(async db =>
        {
            var client = await db.Clients.SingleAsync(c => c.Id == last.ClientId);
            db.ClientRelationshipChanges.Add(client.ChangeRelationship(Client.ParseRelationship(LoyaltyLevel.Cautious, "Late twice").OrThrow(), null, "Lea", s.App.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        });
        return $"/Clients/{last.ClientId}";
    }

    private static async Task<string> WithIncidentsAsync(ReadScenario s, string path)
    {
        for (var i = 0; i < 3; i++)
        {
            await s.App.AnIncident(s.Owner).Titled($"Listed {i}").ForClient($"Client {i}").SaveAsync();
        }

        return path;
    }

    private static async Task<string> WithContractIncidentsAsync(ReadScenario s, string path)
    {
        for (var i = 0; i < 3; i++)
        {
            await s.IncidentAtAsync(PlaybookStage.Conversation, contract: $"MSA {i}");
        }

        return path;
    }

    private static async Task<string> WithSubmittedRetrosAsync(ReadScenario s, string path)
    {
        for (var i = 0; i < 3; i++)
        {
            await s.IncidentAtAsync(PlaybookStage.InternalRetro, stageWorkDone: true);
        }

        return path;
    }

    private static async Task<string> WithOutgoingEmailsAsync(ReadScenario s, string path)
    {
        await s.App.WithDbAsync(async db =>
        {
            for (var i = 0; i < 3; i++)
            {
                EmailOutbox.Enqueue(db, new NewEmail(new EmailRecipient($"waiting{i}@example.test"), "budget", "Subject", "Text", "<p>Html</p>"), s.App.Clock.GetUtcNow());
            }

            EmailOutbox.Enqueue(db, new NewEmail(new EmailRecipient("gone@example.test"), "budget", "Subject", "Text", "<p>Html</p>"), s.App.Clock.GetUtcNow())
                .Fail("SMTP 550: mailbox unavailable");
            await db.SaveChangesAsync();
        });
        return path;
    }

    private static async Task<string> DocumentPathAsync(ReadScenario s)
    {
        var (incidentId, evidenceId) = await s.IncidentWithDocumentAsync();
        return $"/Incidents/{incidentId}/Evidence/{evidenceId}";
    }

    /// <summary>
    /// The statements of the second of two identical GETs: the steady state, with the in-memory client list
    /// (<see cref="Web.Data.ClientDirectory"/>) loaded by the first, as under load.
    /// </summary>
    private async Task<IReadOnlyList<string>> CountAsync(HttpClient http, string path, HttpStatusCode expected)
    {
        using (var warmUp = await http.GetAsync(new Uri(path, UriKind.Relative)))
        {
            Assert.Equal(expected, warmUp.StatusCode);
        }

        var probe = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add(SqlCommandLog.ProbeHeader, probe);
        using var response = await http.SendAsync(request);
        Assert.True(expected == response.StatusCode, $"GET {path}: expected {(int)expected}, got {(int)response.StatusCode} {response.Headers.Location}");
        return App.Sql.CommandsFor(probe);
    }

    private static void AssertWithin(string what, int budget, IReadOnlyList<string> sql) =>
        Assert.True(sql.Count <= budget, $"{what}: {sql.Count} statements, budget {budget}:\n\n{string.Join("\n\n", sql)}");
}
