using System.Net;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Pages.Incidents;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Incidents;

/// <summary>Moving an incident between stages from its page: the guards speak, access and concurrency hold.</summary>
public sealed class MoveToStageTests(WebAppFixture app) : WebAppTest(app)
{
    private static readonly DateTimeOffset Discovered = FixedClock.Start.AddDays(-1);

    [Fact]
    public async Task Moves_on_when_the_stage_is_done_and_records_it_on_the_timeline()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var incident = await AddAsync(owner, i => RecordOrigin(i, owner));

        var stage = await App.SendAsync(owner, m => m.Send(new MoveToStage.Command { Id = incident.Id, Target = PlaybookStage.ResearchAlternatives, Version = incident.Version }));

        Assert.Equal(PlaybookStage.ResearchAlternatives, stage);
        var stored = await LoadAsync(incident.Id);
        Assert.Equal(PlaybookStage.ResearchAlternatives, stored.Stage);
        Assert.Equal("Moved from \"Investigate the origin\" to \"Research alternatives\".", stored.Timeline.OrderBy(e => e.Id).Last().Description);
        Assert.Equal("Alex Morgan", stored.Timeline.OrderBy(e => e.Id).Last().ActorName);
    }

    [Fact]
    public async Task A_blocked_move_says_what_to_do_first_and_changes_nothing()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await AddAsync(owner);

        var refusal = await Assert.ThrowsAsync<DomainException>(async () =>
            await App.SendAsync(owner, m => m.Send(new MoveToStage.Command { Id = incident.Id, Target = PlaybookStage.ResearchAlternatives, Version = incident.Version })));

        Assert.Contains("Record how the promise came about", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(PlaybookStage.InvestigateOrigin, (await LoadAsync(incident.Id)).Stage);
    }

    [Fact]
    public async Task The_page_shows_the_refusal_next_to_the_next_step_when_posted()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await AddAsync(owner);
        using var http = await App.CreateSignedInClientAsync(owner);
        var path = $"/Incidents/{incident.Id}";

        var token = await http.GetAntiforgeryTokenAsync(path);
        using var response = await http.PostFormAsync($"{path}?handler=Move", new Dictionary<string, string>
        {
            ["Data.Target"] = nameof(PlaybookStage.ResearchAlternatives),
            ["Data.Version"] = incident.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [HttpForms.TokenField] = token,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("The incident did not move on:", html, StringComparison.Ordinal);
        Assert.Contains("Record how the promise came about", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moving_over_http_redirects_to_the_incident_with_a_confirmation()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await AddAsync(owner, i => RecordOrigin(i, owner));
        using var http = await App.CreateSignedInClientAsync(owner);
        var path = $"/Incidents/{incident.Id}";

        var token = await http.GetAntiforgeryTokenAsync(path);
        using var response = await http.PostFormAsync($"{path}?handler=Move", new Dictionary<string, string>
        {
            ["Data.Target"] = nameof(PlaybookStage.ResearchAlternatives),
            ["Data.Version"] = incident.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [HttpForms.TokenField] = token,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(path, response.Headers.Location!.OriginalString);
        var page = WebUtility.HtmlDecode(await http.GetStringAsync(new Uri(path, UriKind.Relative)));
        Assert.Contains("The incident moved to \"Research alternatives\".", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_move_without_the_antiforgery_token_is_refused()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await AddAsync(owner, i => RecordOrigin(i, owner));
        using var http = await App.CreateSignedInClientAsync(owner);

        using var response = await http.PostFormAsync($"/Incidents/{incident.Id}?handler=Move", new Dictionary<string, string>
        {
            ["Data.Target"] = nameof(PlaybookStage.ResearchAlternatives),
            ["Data.Version"] = incident.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(PlaybookStage.InvestigateOrigin, (await LoadAsync(incident.Id)).Stage);
    }

    [Fact]
    public async Task A_stale_version_reports_the_concurrent_change_and_keeps_the_stage()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await AddAsync(owner, i => RecordOrigin(i, owner));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(async () =>
            await App.SendAsync(owner, m => m.Send(new MoveToStage.Command { Id = incident.Id, Target = PlaybookStage.ResearchAlternatives, Version = incident.Version + 1 })));

        Assert.Equal(PlaybookStage.InvestigateOrigin, (await LoadAsync(incident.Id)).Stage);
    }

    [Fact]
    public async Task Another_account_manager_gets_not_found_and_legal_is_forbidden()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var other = await App.CreateUserAsync(Roles.AccountManager);
        var legal = await App.CreateUserAsync(Roles.Legal);
        var incident = await AddAsync(owner, i => RecordOrigin(i, owner), contractReference: "SOW 7");
        MoveToStage.Command Move() => new() { Id = incident.Id, Target = PlaybookStage.ResearchAlternatives, Version = incident.Version };

        await Assert.ThrowsAsync<NotFoundException>(async () => await App.SendAsync(other, m => m.Send(Move())));
        await Assert.ThrowsAsync<ForbiddenException>(async () => await App.SendAsync(legal, m => m.Send(Move())));

        using var http = await App.CreateSignedInClientAsync(legal);
        var token = await http.GetAntiforgeryTokenAsync($"/Incidents/{incident.Id}");
        using var response = await http.PostFormAsync($"/Incidents/{incident.Id}?handler=Move", new Dictionary<string, string>
        {
            ["Data.Target"] = nameof(PlaybookStage.ResearchAlternatives),
            ["Data.Version"] = incident.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [HttpForms.TokenField] = token,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(PlaybookStage.InvestigateOrigin, (await LoadAsync(incident.Id)).Stage);
    }

    [Fact]
    public async Task A_team_lead_can_close_a_finished_incident()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var lead = await App.CreateUserAsync(Roles.TeamLead);
        var incident = await AddAsync(owner, i => i.WalkTo(PlaybookStage.InternalRetro, owner, App.Clock.Now).CompleteStage(owner, App.Clock.Now));
        await App.SendAsync(lead, m => m.Send(new ApproveRetro.Command(incident.Id, incident.Version, "Clear root cause.")));
        var approved = await LoadAsync(incident.Id);

        var stage = await App.SendAsync(lead, m => m.Send(new MoveToStage.Command { Id = incident.Id, Target = PlaybookStage.Closed, Version = approved.Version, OpenCheckIns = OpenCheckInsOnClose.Keep }));

        Assert.Equal(PlaybookStage.Closed, stage);
        Assert.NotNull((await LoadAsync(incident.Id)).FinishedAt);
    }

    private static void RecordOrigin(Incident incident, TestUser owner) =>
        incident.RecordOrigin(
            new OriginDetails
            {
                PromiseChannel = incident.PromiseChannel,
                PromisedOn = incident.PromisedOn,
                PromisedBy = incident.PromisedBy,
                ContractReference = incident.ContractReference,
                ClientGoals = incident.ClientGoals,
                Findings = "Sales confirmed the date in an email before delivery checked it.",
            },
            Actor.Create(owner.Id, owner.DisplayName),
            FixedClock.Start.AddHours(-1));

    private async Task<Incident> AddAsync(TestUser owner, Action<Incident>? prepare = null, string? contractReference = null)
    {
        var seed = App.AnIncident(owner).DiscoveredAt(Discovered).Then(incident => prepare?.Invoke(incident));
        var incident = await (contractReference is null ? seed : seed.ContractLinked(contractReference)).SaveAsync();
        return await LoadAsync(incident.Id);
    }

    private Task<Incident> LoadAsync(long id) =>
        App.WithDbAsync(db => db.Incidents.AsNoTracking().Include(i => i.Timeline).SingleAsync(i => i.Id == id));
}
