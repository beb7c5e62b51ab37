using System.Net;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Pages.Admin;
using PromiseKeeper.Web.Pages.Admin.Users;
using PromiseKeeper.Web.Tests.Fixtures;
using EditTeam = PromiseKeeper.Web.Pages.Admin.Teams.EditModel;
using TeamList = PromiseKeeper.Web.Pages.Admin.Teams.IndexModel;

namespace PromiseKeeper.Web.Tests.Admin;

public sealed class TeamsTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task An_admin_adds_a_team_through_the_page()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        App.Clock.Now = FixedClock.Start.AddHours(2);
        using var http = await App.CreateSignedInClientAsync(admin);
        Assert.Contains("There are no teams yet.", await http.GetHtmlAsync("/Admin/Teams"), StringComparison.Ordinal);

        using var response = await http.PostPageAsync("/Admin/Teams", null, ("Data.Name", "  Customer Success "));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var team = await App.WithDbAsync(db => db.Teams.AsNoTracking().SingleAsync());
        Assert.Equal(("Customer Success", App.Clock.Now), (team.Name, team.CreatedAt));
        Assert.Contains("Customer Success", await http.GetHtmlAsync("/Admin/Teams"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Customer Success")]
    [InlineData(" customer SUCCESS ")]
    public async Task A_team_name_that_is_taken_in_any_case_is_refused(string duplicate)
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        await App.AddTeamAsync("Customer Success");
        using var http = await App.CreateSignedInClientAsync(admin);

        using var response = await http.PostPageAsync("/Admin/Teams", null, ("Data.Name", duplicate));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TeamNames.TakenMessage, HttpForms.ValidationMessage(await response.Content.ReadAsStringAsync(), "Data.Name"));
        Assert.Equal(1, await App.WithDbAsync(db => db.Teams.CountAsync()));
    }

    [Fact]
    public async Task A_name_that_is_too_long_is_refused_next_to_the_field_on_the_teams_page()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        using var http = await App.CreateSignedInClientAsync(admin);

        using var response = await http.PostPageAsync("/Admin/Teams", null, ("Data.Name", new string('t', Team.NameMaxLength + 1)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"Keep the name to {Team.NameMaxLength} characters.", HttpForms.ValidationMessage(await response.Content.ReadAsStringAsync(), "Data.Name"));
        Assert.Equal(0, await App.WithDbAsync(db => db.Teams.CountAsync()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public async Task A_team_needs_a_name(string? name)
    {
        var admin = await App.CreateUserAsync(Roles.Admin);

        var exception = await Assert.ThrowsAsync<DomainException>(async () =>
            await App.SendAsync(admin, m => m.Send(new TeamList.Command { Name = name })));

        Assert.Equal(new RuleViolation("Name", "Enter the team's name."), Assert.Single(exception.Violations));
    }

    [Fact]
    public async Task A_team_is_renamed_but_not_to_another_teams_name()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        var team = await App.AddTeamAsync("Customer Sucess");
        await App.AddTeamAsync("Enterprise Accounts");
        using var http = await App.CreateSignedInClientAsync(admin);
        var path = $"/Admin/Teams/{team}";

        using var renamed = await http.PostPageAsync(path, null, ("Data.Name", "Customer Success"));
        using var clash = await http.PostPageAsync(path, null, ("Data.Name", "enterprise accounts"));
        var caseOnly = await App.SendAsync(admin, m => m.Send(new EditTeam.Command { Id = team, Name = "CUSTOMER SUCCESS" }));

        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal(path, renamed.Location());
        Assert.Equal(HttpStatusCode.OK, clash.StatusCode);
        Assert.Equal(TeamNames.TakenMessage, HttpForms.ValidationMessage(await clash.Content.ReadAsStringAsync(), "Data.Name"));
        Assert.Equal("CUSTOMER SUCCESS", caseOnly);
        Assert.Equal("CUSTOMER SUCCESS", await App.WithDbAsync(db => db.Teams.Where(t => t.Id == team).Select(t => t.Name).SingleAsync()));
    }

    [Fact]
    public async Task The_list_shows_active_leads_and_members_and_warns_about_a_team_without_an_active_lead()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        var led = await App.AddTeamAsync("Customer Success");
        var leaderless = await App.AddTeamAsync("Enterprise Accounts");
        await App.CreateUserAsync(Roles.TeamLead, "Tara Whitfield", led);
        await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan", led);
        await App.CreateUserAsync(Roles.AccountManager, "Bea Novak", led);
        await App.CreateUserAsync(Roles.AccountManager, "Omar Haddad", leaderless);
        var formerLead = await App.CreateUserAsync(Roles.TeamLead, "Ines Duarte", leaderless);
        await App.SendAsync(admin, m => m.Send(new SetActive.Command(formerLead.Id, Active: false)));

        var rows = await App.SendAsync(admin, m => m.Send(new TeamList.Query()));

        Assert.Equal(
            [new TeamList.Row(led, "Customer Success", ["Tara Whitfield"], 3), new TeamList.Row(leaderless, "Enterprise Accounts", [], 1)],
            rows.Select(r => r with { Leads = [.. r.Leads] }).ToList(),
            new RowComparer());
        using var http = await App.CreateSignedInClientAsync(admin);
        var list = await http.GetHtmlAsync("/Admin/Teams");
        Assert.Equal(1, CountOf(list, "No active team lead"));
        var teamPage = await http.GetHtmlAsync($"/Admin/Teams/{leaderless}");
        Assert.Contains("This team has no active team lead", teamPage, StringComparison.Ordinal);
        Assert.Contains("Ines Duarte", teamPage, StringComparison.Ordinal);
        Assert.Contains("Deactivated", teamPage, StringComparison.Ordinal);
        Assert.DoesNotContain("This team has no active team lead", await http.GetHtmlAsync($"/Admin/Teams/{led}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_team_page_lists_members_with_their_roles()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        var team = await App.AddTeamAsync("Customer Success");
        var lead = await App.CreateUserAsync([Roles.AccountManager, Roles.TeamLead], "Tara Whitfield", team);
        await App.CreateUserAsync(Roles.Legal, "Lena Kovac");

        var view = await App.SendAsync(admin, m => m.Send(new EditTeam.Query(team)));

        var member = Assert.Single(view!.Members);
        Assert.Equal((lead.Id, "Tara Whitfield", true), (member.Id, member.DisplayName, member.IsActive));
        Assert.Equal([Roles.AccountManager, Roles.TeamLead], member.Roles);
        Assert.True(view.HasActiveLead);
    }

    [Fact]
    public async Task An_unknown_team_is_not_found()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        using var http = await App.CreateSignedInClientAsync(admin);

        using var response = await http.GetAsync(new Uri("/Admin/Teams/424242", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static int CountOf(string text, string value) =>
        (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;

    private sealed class RowComparer : IEqualityComparer<TeamList.Row>
    {
        public bool Equals(TeamList.Row? x, TeamList.Row? y) =>
            x is not null && y is not null && (x.Id, x.Name, x.ActiveMembers) == (y.Id, y.Name, y.ActiveMembers) && x.Leads.SequenceEqual(y.Leads);

        public int GetHashCode(TeamList.Row obj) => obj.Id;
    }
}
