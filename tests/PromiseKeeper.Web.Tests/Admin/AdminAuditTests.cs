using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Pages.Admin.Users;
using PromiseKeeper.Web.Tests.Fixtures;
using TeamList = PromiseKeeper.Web.Pages.Admin.Teams.IndexModel;
using TeamEdit = PromiseKeeper.Web.Pages.Admin.Teams.EditModel;

namespace PromiseKeeper.Web.Tests.Admin;

/// <summary>What admins do to accounts and teams is recorded in the audit log.</summary>
public sealed class AdminAuditTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task Deactivating_reactivating_resetting_a_password_and_changing_teams_are_recorded()
    {
        var admin = await App.CreateUserAsync(Roles.Admin, "Sam Admin");
        var member = await App.CreateUserAsync(Roles.AccountManager, "Bea Novak");

        await App.SendAsync(admin, m => m.Send(new SetActive.Command(member.Id, false)));
        await App.SendAsync(admin, m => m.Send(new SetActive.Command(member.Id, true)));
        await App.SendAsync(admin, m => m.Send(new ResetPassword.Command { Id = member.Id, NewPassword = "a-brand-new-password-26" }));
        await App.SendAsync(admin, m => m.Send(new TeamList.Command { Name = "Enterprise Accounts" }));
        var teamId = await App.WithDbAsync(db => db.Teams.Where(t => t.Name == "Enterprise Accounts").Select(t => t.Id).SingleAsync());
        await App.SendAsync(admin, m => m.Send(new TeamEdit.Command { Id = teamId, Name = "Key Accounts" }));

        var entries = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(
            [AuditAction.UserDeactivated, AuditAction.UserReactivated, AuditAction.PasswordReset, AuditAction.TeamCreated, AuditAction.TeamChanged],
            entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal((admin.Id, "Sam Admin"), (e.ActorId!, e.ActorName)));
        Assert.All(entries.Take(3), e => Assert.Equal($"User {member.Email}", e.Subject));
        Assert.Equal("Renamed the team Enterprise Accounts to Key Accounts.", entries[^1].Details);
        Assert.DoesNotContain(entries, e => e.Details.Contains("a-brand-new-password-26", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Creating_and_changing_a_user_are_recorded_with_the_roles_and_team_but_never_the_password()
    {
        var admin = await App.CreateUserAsync(Roles.Admin, "Sam Admin");
        var team = await App.AddTeamAsync("Key Accounts");
        const string Password = "first-password-for-omar";

        await App.SendAsync(admin, m => m.Send(new CreateModel.Command
        {
            Email = "omar@tests.promisekeeper.test",
            DisplayName = "Omar Haddad",
            Roles = [Roles.AccountManager],
            TeamId = team,
            Password = Password,
        }));
        var created = await App.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == "omar@tests.promisekeeper.test"));
        await App.SendAsync(admin, m => m.Send(new EditModel.Command
        {
            Id = created.Id,
            DisplayName = "Omar Haddad",
            Roles = [Roles.AccountManager, Roles.TeamLead],
            TeamId = null,
            ConcurrencyStamp = created.ConcurrencyStamp,
        }));

        var entries = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([AuditAction.UserCreated, AuditAction.UserChanged], entries.Select(e => e.Action));
        Assert.Equal("Created Omar Haddad with the roles Account manager; team: Key Accounts.", entries[0].Details);
        Assert.Equal("Saved Omar Haddad: roles Account manager, Team lead; team: none.", entries[1].Details);
        Assert.All(entries, e => Assert.Equal("User omar@tests.promisekeeper.test", e.Subject));
        Assert.DoesNotContain(entries, e => e.Details.Contains(Password, StringComparison.Ordinal));
    }
}
