using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.BrowserTests.Infrastructure;

/// <summary>Users and clients of a test's own, put straight into the database, so the demo users' settings stay as they are.</summary>
public static class TestUsers
{
    /// <summary>
    /// A user in a new team of their own with the demo password, reading the pages in <paramref name="language"/>
    /// (null: the browser's) and times in <paramref name="timeZoneId"/>; <paramref name="zoneChosen"/> says whether they chose it.
    /// </summary>
    public static async Task<DemoData.DemoUser> AddAsync(
        IServiceProvider services, string role, string displayName, string? language = null, string timeZoneId = "UTC", bool zoneChosen = true)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PromiseKeeperDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        // A team of their own: the demo teams' member lists stay as other tests expect them (e.g. who a lead may reassign to).
        var team = new Team { Name = $"Browser tests {Unique.Tag()}", CreatedAt = DateTimeOffset.UtcNow };
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        var teamId = team.Id;
        var email = $"user.{Unique.Tag()}@browser-tests.example";
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            TeamId = teamId,
            Language = language,
            TimeZoneId = timeZoneId,
            TimeZoneChosenAt = zoneChosen ? DateTimeOffset.UtcNow : null,
        };
        Succeeded(await users.CreateAsync(user, DemoData.Password));
        Succeeded(await users.AddToRoleAsync(user, role));
        return new DemoData.DemoUser(email, displayName, role, team.Name);
    }

    /// <summary>A client the pages write to in <paramref name="language"/>.</summary>
    public static async Task AddClientAsync(IServiceProvider services, string name, string language)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PromiseKeeperDbContext>();
        db.Clients.Add(Client.Create(name, LoyaltyLevel.Neutral, DateTimeOffset.UtcNow, language));
        await db.SaveChangesAsync();
    }

    private static void Succeeded(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
}
